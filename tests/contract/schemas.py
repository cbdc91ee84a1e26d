"""Schemas of an overlaid spec made self-contained, and values drawn from them.

OpenAPI schemas reference each other through ``#/components/...`` and, in 3.0 documents, say ``nullable: true``;
hypothesis-jsonschema and jsonschema want one plain JSON Schema. ``inline`` resolves every reference (cutting
recursion after a few levels, where only an empty array or an absent optional field can follow) and rewrites
3.0 nullability in 3.1 form. ``sample`` gives one deterministic valid instance (examples first), ``strategy`` a
hypothesis strategy, and ``tolerant_variant`` the same schema widened with what a tolerant reader must accept
(extra fields, enum values the spec does not list yet).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
from typing import Any

import jsonschema
from hypothesis import strategies as st

from scripts.spec.formats import STRICT_FORMATS

# A reference met this many times on one branch is cut: recursive schemas (diga's FlowStep) stay finite.
MAX_REF_DEPTH = 2
# Only what cannot be satisfied: optional fields are left out, arrays stay empty.
NOTHING: dict[str, Any] = {"not": {}}
EXTRA_FIELD = "contract_extra_field"
UNKNOWN_ENUM_VALUE = "contract_unknown_enum_value"

_OPENAPI_ONLY_KEYS = ("discriminator", "xml", "externalDocs", "example", "nullable", "readOnly", "writeOnly")


class SchemaError(ValueError):
    """A schema the contract tests cannot draw from; the message names the operation and location."""


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow ``$ref`` chains of a parameter, response or request body object."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = _lookup(document, node["$ref"])
        seen += 1
        if seen > 20:
            raise SchemaError("reference loop")
    return node


def _lookup(document: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise SchemaError(f"external $ref {ref!r} is not supported")
    node: Any = document
    for token in ref[2:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[token]
    return node


def inline(document: dict[str, Any], schema: Any, *, openapi_30: bool | None = None) -> Any:
    """A copy of `schema` with every ``$ref`` resolved and 3.0 ``nullable`` in 3.1 form."""
    if openapi_30 is None:
        openapi_30 = str(document.get("openapi", "3.1")).startswith("3.0")
    return _inline(document, schema, (), openapi_30)


def _inline(document: dict[str, Any], node: Any, stack: tuple[str, ...], openapi_30: bool) -> Any:
    if isinstance(node, list):
        return [_inline(document, item, stack, openapi_30) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        if stack.count(ref) >= MAX_REF_DEPTH:
            return NOTHING
        target = _inline(document, _lookup(document, ref), (*stack, ref), openapi_30)
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        if siblings and isinstance(target, dict):
            # 3.1 allows keywords beside $ref (a description, or nullability as a type list).
            return {"allOf": [target, _inline(document, siblings, stack, openapi_30)]}
        return target
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "patternProperties", "$defs", "definitions") and isinstance(value, dict):
            result[key] = {name: _inline(document, sub, stack, openapi_30) for name, sub in value.items()}
        elif key in _OPENAPI_ONLY_KEYS or key.startswith("x-"):
            continue
        elif key in ("examples", "default", "enum", "const"):
            result[key] = copy.deepcopy(value)
        else:
            result[key] = _inline(document, value, stack, openapi_30)
    if "type" not in result and not any(key in result for key in ("oneOf", "anyOf", "allOf", "enum", "const")):
        # What openapi-python-client (and every author) reads `properties` or `items` without a `type` as.
        if "properties" in result:
            result["type"] = "object"
        elif "items" in result:
            result["type"] = "array"
    if isinstance(node.get("discriminator"), dict):
        result = _discriminated(node, result)
    if openapi_30 and node.get("nullable") is True:
        result = _nullable(result)
    if "example" in node and "examples" not in result:
        result["examples"] = [copy.deepcopy(node["example"])]
    return result


def _discriminated(node: dict[str, Any], inlined: dict[str, Any]) -> dict[str, Any]:
    """A discriminator made explicit: each ``$ref`` branch requires its discriminator value (openapi-core, like a
    vendor's server, tells branches apart by it; plain JSON Schema ignores the keyword)."""
    discriminator = node["discriminator"]
    name = discriminator.get("propertyName")
    value_of = {ref: value for value, ref in reversed(list((discriminator.get("mapping") or {}).items()))}
    for key in ("oneOf", "anyOf"):
        branches = node.get(key)
        if not name or not isinstance(branches, list):
            continue
        tagged = []
        for branch, resolved in zip(branches, inlined[key], strict=True):
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            if not isinstance(ref, str):
                tagged.append(resolved)
                continue
            value = value_of.get(ref, ref.rsplit("/", 1)[-1])
            tagged.append({"allOf": [resolved, {"properties": {name: {"const": value}}, "required": [name]}]})
        inlined = {**inlined, key: tagged}
    return inlined


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str):
        widened = {**schema, "type": [kind, "null"]}
        if "enum" in widened and None not in widened["enum"]:
            widened["enum"] = [*widened["enum"], None]
        return widened
    return {"anyOf": [schema, {"type": "null"}]}


def is_valid(schema: Any, instance: Any) -> bool:
    return not list(_validator(json.dumps(schema, sort_keys=True)).iter_errors(instance))


def validation_errors(schema: Any, instance: Any) -> list[str]:
    """Messages naming the JSON path of each place `instance` does not fit `schema`."""
    return [
        f"{error.json_path}: {error.message}"
        for error in _validator(json.dumps(schema, sort_keys=True)).iter_errors(instance)
    ]


def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()
    for name, check in STRICT_FORMATS.items():
        checker.checks(name)(check)
    return checker


@functools.lru_cache(maxsize=4096)
def _validator(schema_json: str) -> jsonschema.protocols.Validator:
    schema = json.loads(schema_json)
    return jsonschema.Draft202012Validator(schema, format_checker=_format_checker())


# ---------------------------------------------------------------- deterministic instances

_FORMAT_SAMPLES: dict[str, str] = {
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "date-time": "2025-10-01T15:10:05Z",
    "date-time-local": "2025-10-01T15:10:05",
    "date": "2025-10-01",
    "time": "15:10:05Z",
    "email": "someone@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "binary": "contract-binary-content",
    "password": "contract-password",
}


def sample(schema: Any) -> Any:
    """One valid instance: the schema's own example or default where valid, else the smallest plausible value, else
    one hypothesis finds; SchemaError when there is none to be found (call it outside a hypothesis test)."""
    return copy.deepcopy(_cached_sample(json.dumps(schema, sort_keys=True)))


@functools.lru_cache(maxsize=4096)
def _cached_sample(schema_json: str) -> Any:
    # Cached: the same schemas (an id's pattern, a shared model) recur across operations, and a search costs seconds.
    schema = json.loads(schema_json)
    value = _sample(schema, 0)
    if is_valid(schema, value):
        return value
    found = _find(schema)
    if found is _NOT_FOUND:
        raise SchemaError(f"no valid instance found (the schema may allow none): {schema_json[:500]}")
    return found


_NOT_FOUND = object()


def _find(schema: Any) -> Any:
    """An instance hypothesis-jsonschema draws from `schema`, or _NOT_FOUND when it cannot draw one (its filters
    reject every try, as for a ``oneOf`` whose branches overlap)."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis.errors import NoSuchExample, Unsatisfiable

    try:
        # A few tries: a schema hypothesis can draw from gives an instance at the first, one it cannot never does.
        return find(
            strategy(schema),
            lambda _: True,
            settings=settings(database=None, max_examples=10, suppress_health_check=list(HealthCheck)),
        )
    except (NoSuchExample, Unsatisfiable):
        return _NOT_FOUND


def minimal(schema: Any) -> Any:
    """The smallest valid instance: only required fields, at every level (optional fields absent)."""
    value = _sample(schema, 0, use_examples=False)
    return value if is_valid(schema, value) else sample(schema)


def with_nulls(schema: Any) -> Any:
    """The minimal instance plus ``null`` in every optional top-level field whose schema allows null, or None when
    the schema has no such field."""
    base = minimal(schema)
    if not isinstance(base, dict) or not isinstance(schema, dict):
        return None
    nullable = [
        name for name, sub in (schema.get("properties") or {}).items() if name not in base and is_valid(sub, None)
    ]
    if not nullable:
        return None
    candidate = {**base, **dict.fromkeys(nullable)}
    return candidate if is_valid(schema, candidate) else None


def _sample(schema: Any, depth: int, *, use_examples: bool = True) -> Any:
    if not isinstance(schema, dict) or depth > 12:
        return None
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    declared = schema.get("examples")
    examples: list[Any] = declared if use_examples and isinstance(declared, list) else []
    for example in examples:
        if is_valid(schema, example):
            return copy.deepcopy(example)
    if use_examples and "default" in schema and is_valid(schema, schema["default"]):
        return copy.deepcopy(schema["default"])
    if "enum" in schema:
        return copy.deepcopy(next((value for value in schema["enum"] if value is not None), schema["enum"][0]))
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [branch for branch in schema[key] if _kind(branch) != "null"] or schema[key]
            base = {name: value for name, value in schema.items() if name != key}
            for branch in branches:
                candidate = _sample(_merge(base, branch), depth + 1, use_examples=use_examples)
                if is_valid(schema, candidate):
                    return candidate
                if key == "oneOf":
                    apart = _set_apart(candidate, branch, [other for other in branches if other is not branch])
                    if apart is not None and is_valid(schema, apart):
                        return apart
            return _sample(_merge(base, branches[0]), depth + 1, use_examples=use_examples)
    if "allOf" in schema:
        merged = {name: value for name, value in schema.items() if name != "allOf"}
        for part in schema["allOf"]:
            merged = _merge(merged, part)
        return _sample(merged, depth + 1, use_examples=use_examples)
    kind = _kind(schema)
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        result: dict[str, Any] = {}
        for name in required:
            result[name] = _sample(properties.get(name, {"type": "string"}), depth + 1, use_examples=use_examples)
        return result
    if kind == "array":
        count = max(1, schema.get("minItems", 0)) if schema.get("maxItems", 1) > 0 else 0
        if schema.get("items") == NOTHING:
            count = 0
        return [
            _sample(schema.get("items", {"type": "string"}), depth + 1, use_examples=use_examples) for _ in range(count)
        ]
    if kind == "string":
        text = _FORMAT_SAMPLES.get(str(schema.get("format")), "contract-string")
        minimum, maximum = schema.get("minLength", 0), schema.get("maxLength")
        if len(text) < minimum:
            text = text + "x" * (minimum - len(text))
        return text[:maximum] if maximum is not None else text
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + (1 if "exclusiveMinimum" in schema else 0))
        value = max(1, low) if "maximum" not in schema else min(max(1, low), schema["maximum"])
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "contract-value"


def _has_overlapping_one_of(schema: Any) -> bool:
    """Whether a ``oneOf`` in `schema` has members that one value matches at once (a sample of one member is valid
    for another): Deepgram's ``ErrorResponse``, three objects with no required field."""
    if isinstance(schema, list):
        return any(_has_overlapping_one_of(item) for item in schema)
    if not isinstance(schema, dict):
        return False
    members = schema.get("oneOf")
    if isinstance(members, list):
        for index, member in enumerate(members):
            value = _sample(member, 0, use_examples=False)
            if is_valid(member, value) and any(is_valid(other, value) for other in members[index + 1 :]):
                return True
    return any(
        _has_overlapping_one_of(value)
        for key, value in schema.items()
        if key not in ("examples", "enum", "const", "default")
    )


_WRONG_TYPED_VALUES: tuple[Any, ...] = (0, "contract-string", True, [], {})


def _set_apart(candidate: Any, chosen: Any, others: list[Any]) -> Any:
    """`candidate` (an instance of the `chosen` oneOf branch) with one more field for each other branch it also
    matches, typed as that branch does not allow and the chosen one does not declare (so it stays an extra field
    there): an instance of exactly one branch. Deepgram's ``ErrorResponse`` is ``oneOf`` three objects with no
    required fields, which every object matches at once; None when no such field exists."""
    if not isinstance(candidate, dict) or not isinstance(chosen, dict) or chosen.get("additionalProperties") is False:
        return None
    result = dict(candidate)
    declared = set(chosen.get("properties") or {})
    for other in others:
        if not is_valid(other, result):
            continue
        fields = [
            (name, sub)
            for name, sub in ((other or {}).get("properties") or {}).items()
            if name not in declared and name not in result
        ]
        for name, sub in fields:
            wrong = next((value for value in _WRONG_TYPED_VALUES if not is_valid(sub, value)), None)
            if wrong is not None:
                result[name] = wrong
                break
        else:
            return None
    return result


def _kind(schema: Any) -> str | None:
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [item for item in kind if item != "null"]
        return non_null[0] if non_null else "null"
    return kind if isinstance(kind, str) else None


def _merge(base: dict[str, Any], extra: Any) -> dict[str, Any]:
    if not isinstance(extra, dict):
        return base
    merged = dict(base)
    for key, value in extra.items():
        if key == "properties":
            merged["properties"] = {**merged.get("properties", {}), **value}
        elif key == "required":
            merged["required"] = sorted({*merged.get("required", []), *value})
        else:
            merged.setdefault(key, value)
    return merged


# ---------------------------------------------------------------- hypothesis strategies


@functools.cache
def _custom_formats() -> dict[str, st.SearchStrategy[str]]:
    # Built on first use, not at import: hypothesis warns about strategies built while plugins load.
    simple = "abcdefghijklmnopqrstuvwxyz0123456789"
    return {
        "uuid": st.uuids().map(str),
        "binary": st.text(alphabet=simple, max_size=20),
        "password": st.text(alphabet=simple, min_size=1, max_size=20),
        # Naive datetimes: their isoformat() has no offset, which is what the format means.
        "date-time-local": st.datetimes().map(dt.datetime.isoformat),
    }


@functools.lru_cache(maxsize=4096)
def _strategy(schema_json: str) -> st.SearchStrategy[Any]:
    # Imported here: hypothesis-jsonschema builds strategies at import, which hypothesis flags when it happens
    # while pytest loads conftest.py.
    from hypothesis_jsonschema import from_schema

    return from_schema(json.loads(schema_json), custom_formats=_custom_formats(), allow_x00=False)


# Schemas hypothesis-jsonschema cannot draw from, by their JSON, each with the instance drawn instead: the spec's
# first valid example, else the minimal valid instance (set aside by ``set_aside_if_undrawable``).
_UNDRAWABLE: dict[str, Any] = {}


def strategy(schema: Any) -> st.SearchStrategy[Any]:
    """Instances of `schema` (cached per schema: building a strategy for a large schema is not free); for a schema
    set aside as undrawable, its stand-in instance."""
    key = json.dumps(schema, sort_keys=True)
    if key in _UNDRAWABLE:
        return st.just(_UNDRAWABLE[key]).map(copy.deepcopy)
    return _strategy(key)


def set_aside_if_undrawable(schema: Any, *, search: bool = True) -> bool:
    """Whether hypothesis-jsonschema cannot draw from `schema`; if so, ``strategy`` gives the spec's first valid
    example or the minimal valid instance from now on. A schema with a ``oneOf`` whose members one value can match
    at once is known at a glance (the draw filters out nearly everything); any other is searched, unless `search` is
    off (a search that finds nothing costs seconds). Call it outside a hypothesis test (it may run one)."""
    key = json.dumps(schema, sort_keys=True)
    if key in _UNDRAWABLE:
        return True
    if not _has_overlapping_one_of(schema) and (not search or _find(schema) is not _NOT_FOUND):
        return False
    examples = schema.get("examples") if isinstance(schema, dict) else None
    valid = [example for example in examples or [] if is_valid(schema, example)]
    _UNDRAWABLE[key] = valid[0] if valid else minimal(schema)
    return True


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")


def tolerant_variant(schema: Any) -> Any:
    """`schema` widened with what a tolerant reader must accept: each object that lists properties carries an
    extra field, and each string enum has one more value."""
    if not isinstance(schema, dict):
        return schema
    widened = dict(schema)
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            widened[key] = {name: tolerant_variant(sub) for name, sub in schema[key].items()}
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            widened[key] = [tolerant_variant(sub) for sub in schema[key]]
    for key in _SCHEMA_VALUES:
        if isinstance(schema.get(key), dict):
            widened[key] = tolerant_variant(schema[key])
    if isinstance(schema.get("properties"), dict) and schema.get("additionalProperties") is not False:
        widened["properties"] = {**widened["properties"], EXTRA_FIELD: {"type": "string", "const": "extra"}}
        widened["required"] = [*schema.get("required", []), EXTRA_FIELD]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(value, str | None) for value in enum):
        widened["enum"] = [*enum, UNKNOWN_ENUM_VALUE]
    return widened
