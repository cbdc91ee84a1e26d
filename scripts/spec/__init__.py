"""The spec stage: read a vendor's spec and overlay document, build the spec model, check it, compare releases.

pointer.py   JSON pointers and local `$ref`s
source.py    files read as YAML 1.2 / JSON with every node's line, aliases bounded; Location and SpecError
overlay.py   the OpenAPI Overlay 1.0 engine, recording which action wrote or removed which node
model.py     Spec: the overlaid document and the one way to walk it (operations, parameters, refs, locations)
validate.py  every `$ref` resolves, the document is valid OpenAPI
load.py      load_spec(vendor): read, overlay, validate, once
paging.py    the `x-pagination` declaration: its styles, and every problem of one
lint.py      the project's spec rules (docs/spec-conventions.md)
diff.py      what changed between two specs, and the version bump it needs
"""
