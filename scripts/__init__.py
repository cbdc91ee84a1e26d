"""talkwire's pipeline, laid out as it flows (ARCHITECTURE.md draws it):

registry.py, fingerprint.py, cli.py   shared: the vendor registry, the one content fingerprint, CLI conventions
spec/          1. spec stage: read, overlay, model, validate, lint, diff
generation/    2. generation stage: generated/<vendor>/ from the spec model, and the drift check
release/       3. release stage: versions, changelogs, build, publish, and the release order itself
contract/      test infrastructure: Prism mocks and the contract coverage gate
templates/     our openapi-python-client templates
"""
