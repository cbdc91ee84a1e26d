"""Schemas of an overlaid spec made self-contained, and values drawn from them: talkwire-core's (the fake's) schema
module, with hypothesis on top.

``resolve``, ``inline``, ``is_valid``, ``validation_errors`` and the deterministic instances are talkwire_core.testing's
(one reading of a spec's schemas for the fake and the contract suite). Added here: ``sample`` and ``minimal`` search
with hypothesis when the deterministic instance does not fit, ``strategy`` gives a hypothesis strategy, and
``tolerant_variant`` the same schema widened with what a tolerant reader must accept (extra fields, enum values the
spec does not list yet).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
from typing import Any

from hypothesis import strategies as st
from talkwire_core.testing import _schemas
from talkwire_core.testing._schemas import (
    MAX_REF_DEPTH,
    NOTHING,
    SchemaError,
    inline,
    is_valid,
    resolve,
    validation_errors,
)

__all__ = [
    "EXTRA_FIELD",
    "MAX_REF_DEPTH",
    "NOTHING",
    "UNKNOWN_ENUM_VALUE",
    "SchemaError",
    "inline",
    "is_valid",
    "minimal",
    "resolve",
    "sample",
    "set_aside_if_undrawable",
    "strategy",
    "tolerant_variant",
    "validation_errors",
    "with_nulls",
]

EXTRA_FIELD = "contract_extra_field"
UNKNOWN_ENUM_VALUE = "contract_unknown_enum_value"


def sample(schema: Any) -> Any:
    """One valid instance: the schema's own example or default where valid, else the smallest plausible value, else
    one hypothesis finds; SchemaError when there is none to be found (call it outside a hypothesis test)."""
    return copy.deepcopy(_cached_sample(json.dumps(schema, sort_keys=True)))


@functools.lru_cache(maxsize=4096)
def _cached_sample(schema_json: str) -> Any:
    # Cached: the same schemas (an id's pattern, a shared model) recur across operations, and a search costs seconds.
    return _schemas.sample(json.loads(schema_json), search=_search)


def minimal(schema: Any) -> Any:
    """The smallest valid instance: only required fields, at every level (optional fields absent)."""
    return _schemas.minimal(schema, search=_search)


def with_nulls(schema: Any) -> Any:
    """The minimal instance plus ``null`` in every optional top-level field whose schema allows null, or None."""
    return _schemas.with_nulls(schema, search=_search)


_NOT_FOUND = object()


def _search(schema: Any) -> Any:
    found = _find(schema)
    return None if found is _NOT_FOUND else found


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
            value = _schemas.deterministic_minimal(member)
            if is_valid(member, value) and any(is_valid(other, value) for other in members[index + 1 :]):
                return True
    return any(
        _has_overlapping_one_of(value)
        for key, value in schema.items()
        if key not in ("examples", "enum", "const", "default")
    )


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
