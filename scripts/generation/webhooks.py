"""Webhook event models: pydantic models, by datamodel-code-generator, of the payloads a spec's OpenAPI 3.1
`webhooks` section declares (and of the component schemas they reach).

openapi-python-client does not read `webhooks`; these models are what a receiver validates the exact bytes it
verified against. This module produces the models' source; `scripts/templates/webhook_events.py.jinja` writes the
module around it.
"""

from __future__ import annotations

import json
from typing import Any

from scripts.spec.model import Spec


def payload_schemas(spec: Spec) -> dict[str, Any]:
    """Every component schema a webhook's JSON request body reaches, by name, in name order."""
    bodies = [
        spec.deref(webhook.node.get("requestBody")) for webhook in spec.webhooks if webhook.node.get("requestBody")
    ]
    json_bodies = [
        media.get("schema")
        for body in bodies
        if isinstance(body, dict)
        for media_type, media in (body.get("content") or {}).items()
        if "json" in media_type and isinstance(media, dict)
    ]
    return {name: spec.schemas[name] for name in sorted(spec.schemas_reachable(json_bodies)) if name in spec.schemas}


def _tolerant(node: Any) -> Any:
    """Schemas as a tolerant reader wants them: an enum becomes a string whose description lists the known
    values (a vendor adding an event or status must not break receivers), and `format: email` a plain string
    (no email-validator dependency for a field we only pass along)."""
    if isinstance(node, list):
        return [_tolerant(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _tolerant(value) for key, value in node.items() if key != "enum"}
    if "enum" in node:
        known = ", ".join(f"`{value}`" for value in node["enum"] if value is not None)
        result["description"] = (str(node.get("description", "")) + f" Known values: {known}.").strip()
    if result.get("format") == "email":
        del result["format"]
    return result


def webhook_models(spec: Spec) -> str | None:
    """The pydantic models of every webhook payload, as Python source, or None when the spec has no webhooks."""
    from datamodel_code_generator import InputFileType, PythonVersion, generate
    from datamodel_code_generator.enums import DataModelType
    from datamodel_code_generator.format import DatetimeClassType, Formatter

    schemas = payload_schemas(spec)
    if not schemas:
        return None
    # Only the payload schemas, as the components of an otherwise empty document: one model per schema.
    document = {
        "openapi": spec.document.get("openapi", "3.1.0"),
        "info": {"title": "webhook payloads", "version": "1"},
        "paths": {},
        "components": {"schemas": _tolerant(schemas)},
    }
    models = generate(
        json.dumps(document),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        disable_timestamp=True,
        use_standard_collections=True,
        use_union_operator=True,
        use_schema_description=True,
        field_constraints=True,
        snake_case_field=True,
        use_title_as_name=False,
        extra_fields="allow",
        output_datetime_class=DatetimeClassType.Datetime,
        formatters=[Formatter.BUILTIN],
        custom_file_header="# One model per component schema a webhook payload reaches.",
    )
    if not isinstance(models, str):
        raise RuntimeError("datamodel-code-generator produced several modules for one set of webhook payloads")
    return models.strip() + "\n"
