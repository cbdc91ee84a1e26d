"""The generation stage: from a vendor's spec model to generated/<vendor>/, and the check that it is current.

layout.py      the names later stages read in a generated directory (openapi.json, the unreleased version)
stamp.py       what generated/<vendor>/ was generated from (input fingerprint) and the stamp recording it
operations.py  the operation table (`_operations.py`) talkwire-core reads, computed from the spec model
webhooks.py    pydantic models of the webhook payloads (datamodel-code-generator)
project.py     openapi-python-client with our templates over its own renders the whole distribution
generate.py    one vendor: overlaid spec, render, stamp, swap in atomically; skipped when up to date
drift.py       is generated/ what its inputs produce (the CI check)
"""
