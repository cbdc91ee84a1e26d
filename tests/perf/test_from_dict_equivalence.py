"""Every model's from_dict, specialised per model by our templates, agrees with a reference parse on
hypothesis-drawn bodies: every model of every vendor, its value down to the types, and for a body it refuses, the
field the error names.

The reference is a schema-driven interpreter, not a second rendering of templates. It walks the generator's own
reading of the spec (the property tree openapi-python-client builds from generated/<vendor>/openapi.json, the same
input the templates render from) and decides at run time, field by field, what each JSON value becomes: the generic
dispatch the templates specialise away. Why not the stock templates' output generated into a temporary directory:
it differs from ours on purpose wherever ours fix the stock behaviour (unknown enum values kept, a malformed value in
a nullable field refused, zone-less timestamps read as naive datetimes, RFC 3339 spellings Python 3.11 refuses), so
the comparison would need a list of expected differences, and a shared mistake in the templates it shares with ours
could not show; it would also cost a full generation per test run. The interpreter encodes, per kind, the stock
semantics plus exactly those fixes (the union members are tried in turn as the stock template does; a union of null
and one kind is that kind, so an error inside it names the field inside it), with the standard library as the
reference for values: `uuid.UUID(text)`, `datetime.fromisoformat` (and, for what it refuses, RFC 3339 read from its
components), `date.fromisoformat`, the generated enum classes for membership.

Bodies are drawn from the same property tree: valid ones, and (in half of the examples) ones with faults a vendor
could send: a missing required field, a wrong JSON type, malformed UUIDs and date-times, unknown enum values, extra
fields, and the spellings the fast paths treat specially (non-canonical UUIDs, lower-case RFC 3339, leap seconds).
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import re
import string
import uuid
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    ConstProperty,
    DateProperty,
    DateTimeProperty,
    EnumProperty,
    FileProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    StringProperty,
    UnionProperty,
    UuidProperty,
)

from scripts.registry import load_registry

PLAIN = (AnyProperty, BooleanProperty, FloatProperty, IntProperty, NoneProperty, StringProperty)
# How deep drawn bodies nest models with their optional fields and list items (several specs have recursive
# models; deeper, only required fields and empty lists).
MAX_DEPTH = 2
# About how many model bodies each vendor's test draws (each example holds one per model, at least six examples):
# more examples for the vendors with fewer models, the whole file in under half a minute on a busy 2-core machine.
MODEL_BODIES = 1000


class RefusedError(Exception):
    """The reference refuses the body; `path` is where, outermost first (wire names and list indexes)."""

    def __init__(self, path: list[str | int]) -> None:
        super().__init__(path)
        self.path = path


def rendered(path: list[str | int]) -> str | None:
    """A path as the generated `_failure_of` writes it: `conversations[3].user.id`."""
    text = ""
    for segment in path:
        text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
    return text or None


@dataclass
class Vendor:
    key: str
    data: GeneratorData
    spec: dict[str, Any]
    models: ModuleType
    types: ModuleType
    local_fields: dict[str, frozenset[str]] = field(default_factory=dict)

    def generated(self, name: str) -> Any:
        return getattr(self.models, name)

    @property
    def processed(self) -> dict[str, ModelProperty]:
        """The models by class name: a model property inside another refers to its model without its fields."""
        return {model.class_info.name: model for model in self.data.models}


@cache
def vendor(key: str) -> Vendor:
    """The generator's reading of the overlaid spec the package was generated from, with the same settings."""
    registry = load_registry()
    entry = registry.vendors[key]
    spec_path = registry.generated_dir / key / "openapi.json"
    config = Config.from_sources(
        ConfigFile(project_name_override=entry.api_distribution, package_name_override=entry.api_package),
        MetaType.NONE,
        spec_path,
        "utf-8",
        True,
        None,
    )
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData), data
    return Vendor(
        key,
        data,
        spec,
        importlib.import_module(f"{entry.api_package}.models"),
        importlib.import_module(f"{entry.api_package}.types"),
    )


VENDORS = sorted(load_registry().vendors)


# --- what the generated code produced, as comparable data -------------------------------------------------------


def observed(value: Any, types: ModuleType) -> Any:
    """A value as plain comparable data, keeping what must match exactly: classes, exact types, UTC offsets."""
    if isinstance(value, types.File):  # an attrs class too, holding a BytesIO
        return ("file", value.payload.getvalue(), value.file_name, value.mime_type)
    if attrs.has(type(value)):
        names = [a.name for a in attrs.fields(type(value)) if a.name != "additional_properties"]
        extras = getattr(value, "additional_properties", None)
        return (
            "model",
            type(value).__name__,
            {name: observed(getattr(value, name), types) for name in names},
            None if extras is None else observed(extras, types),
        )
    if isinstance(value, types.Unset):
        return ("unset",)
    if isinstance(value, uuid.UUID):
        return ("uuid", type(value) is uuid.UUID, value.int)
    if isinstance(value, dt.datetime):
        return ("datetime", type(value) is dt.datetime, value.replace(tzinfo=None).isoformat(), value.utcoffset())
    if isinstance(value, dt.date):
        return ("date", value.isoformat())
    if isinstance(value, enum.Enum):
        return ("enum", type(value).__name__, type(value.value).__name__, value.value)
    if isinstance(value, list):
        return ["list", *(observed(item, types) for item in value)]
    if isinstance(value, dict):
        return ("dict", {key: observed(item, types) for key, item in value.items()})
    return ("json", type(value).__name__, value)


# --- the reference -------------------------------------------------------------------------------------------------

_RFC3339 = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})[Tt ](?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})"
    r"(?:\.(?P<fraction>\d+))?(?:(?P<utc>[Zz])|(?P<sign>[+-])(?P<offset_hour>\d{2}):(?P<offset_minute>\d{2}))",
    re.ASCII,
)


def rfc3339(text: str) -> dt.datetime:
    """An RFC 3339 date-time from its components (section 5.6 grammar; a leap second only at 23:59:60 UTC, read as
    the last microsecond before it)."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        raise ValueError(text)
    parts = {name: int(value) for name, value in match.groupdict().items() if value and value.isdigit()}
    if parts["hour"] > 23 or parts["minute"] > 59 or parts["second"] > 60:
        raise ValueError(text)
    offset = dt.timedelta(0)
    if not match["utc"]:
        if parts["offset_hour"] > 23 or parts["offset_minute"] > 59:
            raise ValueError(text)
        offset = dt.timedelta(hours=parts["offset_hour"], minutes=parts["offset_minute"])
        offset = -offset if match["sign"] == "-" else offset
    zone = dt.UTC if not offset else dt.timezone(offset)
    microsecond = int((match["fraction"] or "0")[:6].ljust(6, "0"))
    leap = parts["second"] == 60
    value = dt.datetime(
        parts["year"],
        parts["month"],
        parts["day"],
        parts["hour"],
        parts["minute"],
        59 if leap else parts["second"],
        999_999 if leap else microsecond,
        tzinfo=zone,
    )
    if leap and (value - offset).replace(tzinfo=None).time() < dt.time(23, 59, 59):
        raise ValueError(f"leap second outside 23:59:60 UTC: {text}")
    return value


def reference_datetime(raw: Any) -> dt.datetime:
    if not isinstance(raw, str):
        raise RefusedError([])
    try:
        return dt.datetime.fromisoformat(raw)
    except ValueError:
        pass
    try:
        return rfc3339(raw)
    except ValueError:
        raise RefusedError([]) from None


def json_type_fits(member: Any, raw: Any) -> bool:
    """The stock union template's check before it converts a member."""
    if isinstance(member, UuidProperty | DateTimeProperty | DateProperty):
        return isinstance(raw, str)
    if isinstance(member, ModelProperty):
        return isinstance(raw, dict)
    if isinstance(member, ListProperty):
        return isinstance(raw, list)
    if isinstance(member, EnumProperty):
        return isinstance(raw, member.value_type)
    if isinstance(member, FileProperty):
        return isinstance(raw, bytes)
    return True


def one_kind_or_null(prop: UnionProperty) -> Any | None:
    """The member of a union of null and one convertible kind (read as that kind), else None."""
    members = [m for m in prop.inner_properties if not isinstance(m, NoneProperty)]
    if len(members) == 1 and isinstance(
        members[0], UuidProperty | DateTimeProperty | DateProperty | EnumProperty | ModelProperty | ListProperty
    ):
        return members[0]
    return None


class Reference:
    """The reference parse of one vendor's bodies."""

    def __init__(self, vendor: Vendor) -> None:
        self.vendor = vendor
        self.models = vendor.processed

    def value(self, prop: Any, raw: Any) -> Any:
        types = self.vendor.types
        if isinstance(prop, PLAIN):
            return observed(raw, types)
        if isinstance(prop, UuidProperty):
            try:
                return observed(uuid.UUID(raw), types)
            except (TypeError, ValueError, AttributeError):
                raise RefusedError([]) from None
        if isinstance(prop, DateTimeProperty):
            return observed(reference_datetime(raw), types)
        if isinstance(prop, DateProperty):
            try:
                return observed(dt.date.fromisoformat(raw), types)
            except (TypeError, ValueError):
                raise RefusedError([]) from None
        if isinstance(prop, EnumProperty):
            try:
                return observed(self.vendor.generated(prop.class_info.name)(raw), types)
            except (TypeError, ValueError):
                raise RefusedError([]) from None
        if isinstance(prop, ModelProperty):
            return self.model(self.models[prop.class_info.name], raw)
        if isinstance(prop, ListProperty):
            return self.list(prop, raw)
        if isinstance(prop, UnionProperty):
            return self.union(prop, raw)
        if isinstance(prop, ConstProperty):
            if raw != prop.value.raw_value:
                raise RefusedError([])
            return observed(raw, types)
        if isinstance(prop, FileProperty):
            try:
                return observed(types.File(payload=BytesIO(raw)), types)
            except TypeError:
                raise RefusedError([]) from None
        raise NotImplementedError(f"the reference has no reading for {type(prop).__name__}: add one")

    def list(self, prop: ListProperty, raw: Any) -> Any:
        if isinstance(prop.inner_property, PLAIN):
            return observed(raw, self.vendor.types)  # the stock template casts: no check at all
        try:
            items = iter(raw)
        except TypeError:
            raise RefusedError([]) from None
        read = []
        for index, item in enumerate(items):
            try:
                read.append(self.value(prop.inner_property, item))
            except RefusedError as refused:
                raise RefusedError([index, *refused.path]) from None
        return ["list", *read]

    def union(self, prop: UnionProperty, raw: Any) -> Any:
        nullable = any(isinstance(m, NoneProperty) for m in prop.inner_properties)
        if raw is None and nullable:
            return observed(None, self.vendor.types)
        single = one_kind_or_null(prop)
        if single is not None:
            if not json_type_fits(single, raw):
                raise RefusedError([])
            return self.value(single, raw)
        members = [m for m in prop.inner_properties if not isinstance(m, NoneProperty)]
        for member in members:
            if isinstance(member, PLAIN) or not json_type_fits(member, raw):
                continue
            try:
                return self.value(member, raw)
            except RefusedError:
                continue
        if any(isinstance(member, PLAIN) for member in members):
            return observed(raw, self.vendor.types)
        raise RefusedError([])

    def local(self, prop: Any, raw: Any) -> Any:
        """A `date-time-local` field: a naive datetime; null where the field is nullable; a string, nothing else."""
        nullable = isinstance(prop, UnionProperty)
        if raw is None and nullable:
            return observed(None, self.vendor.types)
        if not isinstance(raw, str):
            raise RefusedError([])
        try:
            return observed(dt.datetime.fromisoformat(raw), self.vendor.types)
        except ValueError:
            raise RefusedError([]) from None

    def model(self, model: ModelProperty, raw: Any) -> Any:
        if not isinstance(raw, dict):
            raise RefusedError([])
        local = local_fields(self.vendor, model)
        fields: dict[str, Any] = {}
        declared = set()
        for prop in model.required_properties + model.optional_properties:
            wire = prop.name.get_untrusted_value()
            declared.add(wire)
            if wire not in raw:
                if prop.required:
                    raise RefusedError([wire])
                fields[prop.python_name] = ("unset",)
                continue
            try:
                fields[prop.python_name] = self.local(prop, raw[wire]) if wire in local else self.value(prop, raw[wire])
            except RefusedError as refused:
                raise RefusedError([wire, *refused.path]) from None
        extras = None
        additional = model.additional_properties
        if additional:
            extras_read = {}
            for key, value in raw.items():
                if key in declared:
                    continue
                try:
                    extras_read[key] = self.value(additional, value)
                except RefusedError as refused:
                    raise RefusedError([key, *refused.path]) from None
            extras = ("dict", extras_read)
        return ("model", model.class_info.name, fields, extras)


def local_fields(vendor: Vendor, model: ModelProperty) -> frozenset[str]:
    """The model's `format: date-time-local` fields, its allOf members' included (docs/spec-conventions.md)."""
    name = model.class_info.name
    if name not in vendor.local_fields:
        found: set[str] = set()

        def walk(schema: dict[str, Any]) -> None:
            if "$ref" in schema:
                target: Any = vendor.spec
                for part in schema["$ref"].lstrip("#/").split("/"):
                    target = target[part]
                walk(target)
                return
            for wire, field_schema in (schema.get("properties") or {}).items():
                if field_schema.get("format") == "date-time-local":
                    found.add(wire)
            for member in schema.get("allOf") or []:
                walk(member)

        walk(model.data.model_dump(mode="json", by_alias=True, exclude_none=True))
        vendor.local_fields[name] = frozenset(found)
    return vendor.local_fields[name]


# --- the bodies ----------------------------------------------------------------------------------------------------

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
)
UUID_TEXT = st.uuids().map(str)
UUID_SPELLINGS = UUID_TEXT.flatmap(
    lambda text: st.sampled_from(
        [
            text,
            text.upper(),
            text.replace("-", ""),
            "{" + text + "}",
            "urn:uuid:" + text,
            text.replace("-", "")[:12] + "-" + text.replace("-", "")[12:],  # hyphens elsewhere
        ]
    )
)
MALFORMED_UUIDS = st.one_of(
    UUID_TEXT.map(lambda text: text[:-1] + "g"),
    UUID_TEXT.map(lambda text: text[:-1]),
    UUID_TEXT.map(lambda text: "+" + text[1:]),
    UUID_TEXT.map(lambda text: " " + text[1:]),
    UUID_TEXT.map(lambda text: text[:9] + "_" + text[10:]),
    UUID_TEXT.map(lambda text: text[:-1] + "\u0661"),
    st.text(alphabet="0123456789abcdefABCDEF-{}", max_size=40),
)
ZONES = st.one_of(
    st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
    st.tuples(st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59)).map(
        lambda parts: f"{parts[0]}{parts[1]:02d}:{parts[2]:02d}"
    ),
)


@st.composite
def rfc3339_texts(draw: st.DrawFn) -> str:
    """RFC 3339 date-times in every spelling the grammar allows, leap seconds (at 23:59 UTC and elsewhere) too."""
    moment = draw(st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 12, 30)))
    separator = draw(st.sampled_from("Tt "))
    zone = draw(ZONES)
    digits = draw(st.integers(0, 9))
    fraction = "." + "".join(draw(st.lists(st.sampled_from(string.digits), min_size=digits, max_size=digits)))
    second = f"{moment.second:02d}"
    if draw(st.integers(0, 9)) == 0:
        second = "60"
        if draw(st.booleans()) and zone in ("Z", "z"):
            moment = moment.replace(hour=23, minute=59)
    return f"{moment:%Y-%m-%d}{separator}{moment:%H:%M}:{second}{fraction if digits else ''}{zone}"


OTHER_ISO_TEXTS = st.datetimes().map(lambda moment: moment.isoformat()) | st.dates().map(
    lambda day: day.isoformat() + "T10"
)
MALFORMED_DATETIMES = st.one_of(
    st.text(alphabet="0123456789-:TtZz+. ", max_size=30),
    rfc3339_texts().map(lambda text: text.replace(":", "", 1)),
    rfc3339_texts().map(lambda text: text + " "),
)
NOT_A_STRING = st.one_of(st.none(), st.integers(), st.lists(st.integers(), max_size=2), st.booleans())


def mostly(valid: st.SearchStrategy[Any], faulty: st.SearchStrategy[Any], faults: bool) -> st.SearchStrategy[Any]:
    """`valid`, or with faults, now and then `faulty`."""
    if not faults:
        return valid
    return st.one_of(*[valid] * 7, faulty)


class Bodies:
    """Strategies for the JSON values of one vendor's properties."""

    def __init__(self, vendor: Vendor) -> None:
        self.vendor = vendor
        self.models = vendor.processed
        self.cache: dict[tuple[int, int, bool], st.SearchStrategy[Any]] = {}
        self.model_cache: dict[tuple[int, int, bool], st.SearchStrategy[Any]] = {}

    def value(self, prop: Any, depth: int, faults: bool) -> st.SearchStrategy[Any]:
        key = (id(prop), depth, faults)
        if key not in self.cache:
            self.cache[key] = st.deferred(lambda: self._value(prop, depth, faults))
        return self.cache[key]

    def _value(self, prop: Any, depth: int, faults: bool) -> st.SearchStrategy[Any]:
        if isinstance(prop, StringProperty):
            return mostly(st.text(max_size=8), JSON_SCALARS, faults)
        if isinstance(prop, IntProperty):
            return mostly(st.integers(-(10**6), 10**6), JSON_SCALARS, faults)
        if isinstance(prop, FloatProperty):
            return mostly(st.floats(allow_nan=False, allow_infinity=False) | st.integers(), JSON_SCALARS, faults)
        if isinstance(prop, BooleanProperty):
            return mostly(st.booleans(), JSON_SCALARS, faults)
        if isinstance(prop, NoneProperty):
            return st.none()
        if isinstance(prop, AnyProperty):
            return JSON_SCALARS
        if isinstance(prop, UuidProperty):
            return mostly(UUID_TEXT | UUID_SPELLINGS, MALFORMED_UUIDS | NOT_A_STRING, faults)
        if isinstance(prop, DateTimeProperty):
            return mostly(rfc3339_texts() | OTHER_ISO_TEXTS, MALFORMED_DATETIMES | NOT_A_STRING, faults)
        if isinstance(prop, DateProperty):
            return mostly(st.dates().map(lambda day: day.isoformat()), MALFORMED_DATETIMES | NOT_A_STRING, faults)
        if isinstance(prop, EnumProperty):
            documented = st.sampled_from(sorted(prop.values.values(), key=str))
            unknown = st.text(min_size=1, max_size=6) if prop.value_type is str else st.integers(-5, 500)
            valid = st.one_of(documented, documented, documented, unknown)
            return mostly(valid, JSON_SCALARS | st.floats(0, 3).map(round).map(float), faults)
        if isinstance(prop, ModelProperty):
            return self.model(self.models[prop.class_info.name], depth + 1, faults)
        if isinstance(prop, ListProperty):
            items = self.value(prop.inner_property, depth, faults)
            valid = st.lists(items, max_size=max(0, MAX_DEPTH - depth))
            return mostly(valid, st.text(max_size=3) | st.dictionaries(st.text(max_size=2), items, max_size=1), faults)
        if isinstance(prop, UnionProperty):
            members = [self.value(member, depth, faults) for member in prop.inner_properties]
            return st.one_of(*members)
        if isinstance(prop, ConstProperty):
            return mostly(st.just(prop.value.raw_value), JSON_SCALARS, faults)
        if isinstance(prop, FileProperty):
            return st.binary(max_size=4) | st.text(max_size=4)
        raise NotImplementedError(f"no strategy for {type(prop).__name__}: add one")

    def model(self, model: ModelProperty, depth: int, faults: bool) -> st.SearchStrategy[Any]:
        key = (id(model), depth, faults)
        if key not in self.model_cache:
            self.model_cache[key] = self._model(model, depth, faults)
        return self.model_cache[key]

    def _model(self, model: ModelProperty, depth: int, faults: bool) -> st.SearchStrategy[Any]:
        required = model.required_properties
        optional = model.optional_properties if depth < MAX_DEPTH else []
        wire = {id(prop): prop.name.get_untrusted_value() for prop in required + optional}
        declared = set(wire.values())
        additional = model.additional_properties

        @st.composite
        def body(draw: st.DrawFn) -> Any:
            if faults and draw(st.integers(0, 29)) == 0:
                return draw(st.lists(JSON_SCALARS, max_size=2) | st.text(max_size=3))
            drawn: dict[str, Any] = {}
            left_out = draw(st.sampled_from(required)) if required and faults and draw(st.integers(0, 9)) == 0 else None
            for prop in required:
                if prop is not left_out:
                    drawn[wire[id(prop)]] = draw(self.value(prop, depth, faults))
            for prop in optional:
                if draw(st.booleans()):
                    drawn[wire[id(prop)]] = draw(self.value(prop, depth, faults))
            if draw(st.integers(0, 3)) == 0:
                extras = self.value(additional, depth, faults) if additional else JSON_SCALARS
                for key in draw(st.lists(st.text(min_size=1, max_size=5), max_size=2)):
                    if key not in declared:
                        drawn[key] = draw(extras)
            return drawn

        return body()


# --- the test ------------------------------------------------------------------------------------------------------


def reference_outcome(reference: Reference, model: ModelProperty, body: Any) -> tuple[str, Any]:
    try:
        return ("read", reference.model(model, body))
    except RefusedError as refused:
        return ("refused", rendered(refused.path))


def fast_outcome(cls: type, body: Any, vendor: Vendor) -> tuple[str, Any]:
    try:
        return ("read", observed(cls.from_dict(body), vendor.types))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        failure = vendor.models._failure_of(error)
        return ("refused", failure[0] if failure else None)


@pytest.mark.slow
@pytest.mark.parametrize("key", VENDORS)
def test_every_model_reads_a_drawn_body_as_the_reference_does(key: str) -> None:
    current = vendor(key)
    reference = Reference(current)
    bodies = Bodies(current)
    models = sorted(current.data.models, key=lambda model: model.class_info.name)

    # No shrinking: an example holds a body for every model, and the assertion names the model and its body.
    @settings(
        max_examples=max(6, MODEL_BODIES // len(models)),
        deadline=None,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(data=st.data(), faults=st.booleans())
    def every_model(data: st.DataObject, faults: bool) -> None:
        for model in models:
            body = data.draw(bodies.model(model, 0, faults), label=model.class_info.name)
            expected = reference_outcome(reference, model, body)
            got = fast_outcome(current.generated(model.class_info.name), body, current)
            assert got == expected, f"{key} {model.class_info.name}: {body!r}"

    every_model()


def test_the_reference_and_the_bodies_know_every_kind_of_property_the_specs_have() -> None:
    """A property kind the reference has no reading for fails here, by name, rather than as a drawn counterexample."""
    known = (*PLAIN, UuidProperty, DateTimeProperty, DateProperty, EnumProperty, ModelProperty, ConstProperty)
    unknown = set()

    def walk(prop: Any) -> None:
        if isinstance(prop, ListProperty):
            walk(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            for member in prop.inner_properties:
                walk(member)
        elif not isinstance(prop, (*known, FileProperty)):
            unknown.add(type(prop).__name__)

    for key in VENDORS:
        for model in vendor(key).data.models:
            for prop in model.required_properties + model.optional_properties:
                walk(prop)
            if model.additional_properties:
                walk(model.additional_properties)
    assert not unknown
