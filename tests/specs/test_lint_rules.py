"""scripts/spec/lint.py, one rule at a time: each finding names the spec, the JSON pointer and the rule.

Every test starts from tests/fixtures/lint/good.yaml (which lints clean) and breaks exactly one thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec.lint import lint, main
from scripts.spec.load import check_spec, overlaid
from scripts.spec.model import Spec
from scripts.spec.source import InvalidSpecError, read_source
from scripts.spec.validate import spec_problems

GOOD = Path(__file__).resolve().parent.parent / "fixtures" / "lint" / "good.yaml"
SPEC = "specs/lint.yaml"
LIST = "/paths/~1notes/get"
DELETE = "/paths/~1notes~1{note_id}/delete"


def good() -> dict[str, Any]:
    document = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def findings(document: dict[str, Any]) -> list[str]:
    return [str(problem) for problem in lint(Spec.of(document, SPEC))]


def written(tmp_path: Path, breakage: Callable[[dict[str, Any]], None]) -> tuple[Path, str]:
    """The good fixture with `breakage` applied, written to a spec file: its path and its text."""
    document = good()
    breakage(document)
    text = yaml.safe_dump(document, sort_keys=False)
    path = tmp_path / "lint.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_the_good_fixture_has_no_findings() -> None:
    assert findings(good()) == []


def list_notes(document: dict[str, Any]) -> dict[str, Any]:
    operation = document["paths"]["/notes"]["get"]
    assert isinstance(operation, dict)
    return operation


def drop_operation_id(document: dict[str, Any]) -> None:
    del list_notes(document)["operationId"]


def snake_case_operation_id(document: dict[str, Any]) -> None:
    list_notes(document)["operationId"] = "list_notes"


def duplicate_operation_id(document: dict[str, Any]) -> None:
    document["paths"]["/notes/{note_id}"]["delete"]["operationId"] = "listNotes"


def drop_tags(document: dict[str, Any]) -> None:
    del list_notes(document)["tags"]


def two_tags(document: dict[str, Any]) -> None:
    list_notes(document)["tags"] = ["notes", "more"]


def no_2xx(document: dict[str, Any]) -> None:
    list_notes(document)["responses"] = {"404": {"description": "Not found."}}


def no_2xx_schema(document: dict[str, Any]) -> None:
    del list_notes(document)["responses"]["200"]["content"]["application/json"]["schema"]
    del list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]


def refd_2xx_schema_missing(document: dict[str, Any]) -> None:
    """The health check's 200 moved to a response component (followed like any other), without its schema."""
    health = document["paths"]["/health"]["get"]["responses"]
    document["components"]["responses"] = {"Health": health["200"]}
    health["200"] = {"$ref": "#/components/responses/Health"}
    del document["components"]["responses"]["Health"]["content"]["application/json"]["schema"]


def no_security(document: dict[str, Any]) -> None:
    del document["paths"]["/notes/{note_id}"]["delete"]["security"]


def paging_without_x_pagination(document: dict[str, Any]) -> None:
    del list_notes(document)["x-pagination"]


def x_pagination_naming_a_missing_parameter(document: dict[str, Any]) -> None:
    list_notes(document)["x-pagination"]["limit_param"] = "per_page"


def x_pagination_items_not_in_the_response(document: dict[str, Any]) -> None:
    list_notes(document)["x-pagination"]["items"] = "notes"


def x_pagination_unknown_style(document: dict[str, Any]) -> None:
    list_notes(document)["x-pagination"]["style"] = "pages"


def cursor_without_next(document: dict[str, Any]) -> None:
    list_notes(document)["parameters"][0]["name"] = "cursor"
    list_notes(document)["x-pagination"] = {"style": "cursor", "cursor_param": "cursor", "items": "data"}


def invalid_response_example(document: dict[str, Any]) -> None:
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["id"] = "one"


def example_missing_a_required_field(document: dict[str, Any]) -> None:
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    del example["value"]["meta"]


def invalid_timestamp_in_example(document: dict[str, Any]) -> None:
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["created_at"] = "1st of October"


def invalid_schema_example(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Note"]["properties"]["id"]["example"] = "one"


def invalid_default(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["Health"]["properties"]["status"]["default"] = "down"


def invalid_parameter_default(document: dict[str, Any]) -> None:
    list_notes(document)["parameters"][1]["schema"]["default"] = 500


CASES: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (drop_operation_id, f"{SPEC}: {LIST}: [operationId] operation has no operationId"),
    (snake_case_operation_id, f"{SPEC}: {LIST}: [operationId] 'list_notes' is not lowerCamelCase"),
    (drop_tags, f"{SPEC}: {LIST}: [tag] an operation has exactly one tag, found None"),
    (two_tags, f"{SPEC}: {LIST}: [tag] an operation has exactly one tag, found ['notes', 'more']"),
    (no_2xx, f"{SPEC}: {LIST}/responses: [2xx] no 2xx response"),
    (no_2xx_schema, f"{SPEC}: {LIST}/responses/200/content/application~1json: [2xx] no schema"),
    (refd_2xx_schema_missing, f"{SPEC}: /components/responses/Health/content/application~1json: [2xx] no schema"),
    (
        no_security,
        f"{SPEC}: {DELETE}: [security] no security declared (use `security: []` for public operations)",
    ),
    (
        paging_without_x_pagination,
        f"{SPEC}: {LIST}: [paging] takes paging parameter(s) ['page'] but declares no x-pagination",
    ),
    (
        x_pagination_naming_a_missing_parameter,
        f"{SPEC}: {LIST}/x-pagination: [paging] `limit_param` names 'per_page', which is not a query parameter "
        "of the operation",
    ),
    (
        x_pagination_items_not_in_the_response,
        f"{SPEC}: {LIST}/x-pagination: [paging] `items` path 'notes' is not in the 2xx response schema",
    ),
    (
        x_pagination_unknown_style,
        f"{SPEC}: {LIST}/x-pagination: [paging] style must be one of ['cursor', 'offset', 'page', 'url'], found 'pages'",
    ),
    (
        cursor_without_next,
        f"{SPEC}: {LIST}/x-pagination: [paging] style cursor needs `next` (where the next token comes from)",
    ),
    (
        invalid_response_example,
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema at 'data/0/id': 'one' is not of type 'integer'",
    ),
    (
        example_missing_a_required_field,
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema: 'meta' is a required property",
    ),
    (
        invalid_timestamp_in_example,
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema at 'data/0/created_at': "
        "'1st of October' is not a 'date-time'",
    ),
    (
        invalid_schema_example,
        f"{SPEC}: /components/schemas/Note/properties/id/example: [example] does not fit "
        "/components/schemas/Note/properties/id: 'one' is not of type 'integer'",
    ),
    (
        invalid_default,
        f"{SPEC}: /components/schemas/Health/properties/status/default: [example] does not fit "
        "/components/schemas/Health/properties/status: 'down' is not one of ['ok', 'degraded']",
    ),
    (
        invalid_parameter_default,
        f"{SPEC}: {LIST}/parameters/1/schema/default: [example] does not fit {LIST}/parameters/1/schema: "
        "500 is greater than the maximum of 100",
    ),
]


@pytest.mark.parametrize(("breakage", "finding"), CASES, ids=[breakage.__name__ for breakage, _ in CASES])
def test_each_rule_reports_the_spec_pointer_and_rule(breakage: Callable[[dict[str, Any]], None], finding: str) -> None:
    document = good()
    breakage(document)
    assert findings(document) == [finding]


def test_a_duplicated_operation_id_is_refused_by_validation_at_each_operation() -> None:
    # Uniqueness is validate's rule (the lint runs only on a spec that validates): located at each operationId.
    document = good()
    duplicate_operation_id(document)
    assert [str(problem) for problem in spec_problems(Spec.of(document, SPEC))] == [
        f"{SPEC}: {LIST}/operationId: operationId 'listNotes' is not unique (also DELETE /notes/{{note_id}})",
        f"{SPEC}: {DELETE}/operationId: operationId 'listNotes' is not unique (also GET /notes)",
    ]


def test_the_command_line_refuses_a_duplicated_operation_id_before_linting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, text = written(tmp_path, duplicate_operation_id)
    first, second = [number for number, line in enumerate(text.splitlines(), 1) if "operationId: listNotes" in line]

    assert main([str(spec)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{spec}: {LIST}/operationId (line {first}): operationId 'listNotes' is not unique "
        "(also DELETE /notes/{note_id})",
        f"{spec}: {DELETE}/operationId (line {second}): operationId 'listNotes' is not unique (also GET /notes)",
        "1 problem(s)",
    ]


def test_the_lint_itself_leaves_operation_id_uniqueness_to_validation() -> None:
    document = good()
    duplicate_operation_id(document)
    with pytest.raises(InvalidSpecError):
        check_spec(Spec.of(document, SPEC))
    assert findings(document) == []


def test_an_explicitly_unwalkable_list_is_accepted() -> None:
    document = good()
    list_notes(document)["x-pagination"] = False
    assert findings(document) == []


def test_a_document_wide_security_requirement_covers_operations() -> None:
    document = good()
    del document["paths"]["/notes/{note_id}"]["delete"]["security"]
    document["security"] = [{"bearer": []}]
    assert findings(document) == []


def test_a_timestamp_without_a_zone_offset_is_not_a_date_time() -> None:
    # RFC 3339, as Prism and every strict validator read it: diio's zone-less `2025-10-01T15:10:05` is a
    # `date-time-local` (docs/spec-conventions.md), and an example calling it a `date-time` is wrong.
    document = good()
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["created_at"] = "2025-10-01T15:10:05"
    assert findings(document) == [
        f"{SPEC}: {LIST}/responses/200/content/application~1json/examples/one_note/value: [example] does not fit "
        f"{LIST}/responses/200/content/application~1json/schema at 'data/0/created_at': "
        "'2025-10-01T15:10:05' is not a 'date-time'"
    ]


def test_a_zone_less_timestamp_fits_date_time_local() -> None:
    document = good()
    document["components"]["schemas"]["Note"]["properties"]["created_at"]["format"] = "date-time-local"
    example = list_notes(document)["responses"]["200"]["content"]["application/json"]["examples"]["one_note"]
    example["value"]["data"][0]["created_at"] = "2025-10-01T15:10:05"
    assert findings(document) == []


def test_the_command_line_lints_a_spec_file_and_fails_on_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec, _ = written(tmp_path, drop_tags)

    assert main([str(spec)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        # From a file, each finding carries the line of the node at fault too.
        f"{spec}: {LIST} (line 10): [tag] an operation has exactly one tag, found None",
        "1 problem(s)",
    ]

    spec.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([str(spec)]) == 0
    assert capsys.readouterr().out == "no problems\n"


def test_the_command_line_reports_an_unloadable_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [\n", encoding="utf-8")
    assert main([str(spec)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{spec}: line ") and "invalid YAML" in out


# --- paging style url ------------------------------------------------------------------------------------------

PAGING = f"{SPEC}: {LIST}/x-pagination: [paging]"


def paged_by_body_url(document: dict[str, Any]) -> dict[str, Any]:
    """listNotes paged by `meta.next_page_url` (Twilio's way); its `page` parameter is the vendor's, unused here."""
    declaration = {"style": "url", "next": "meta.next_page_url", "items": "data", "limit_param": "limit"}
    list_notes(document)["x-pagination"] = declaration
    return declaration


def paged_by_link_header(document: dict[str, Any]) -> dict[str, Any]:
    """listNotes answering a bare array, paged by its `Link: <...>; rel="next"` header (GitHub's way)."""
    media = list_notes(document)["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}
    media["examples"]["one_note"]["value"] = [{"id": 1, "text": "hello"}]
    declaration = {"style": "url", "next_link": "next", "items": "", "limit_param": "limit"}
    list_notes(document)["x-pagination"] = declaration
    return declaration


@pytest.mark.parametrize("declare", [paged_by_body_url, paged_by_link_header])
def test_a_well_formed_url_declaration_is_accepted(declare: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    document = good()
    declare(document)
    assert findings(document) == []


def test_a_url_declaration_may_name_an_extension_relation_type() -> None:
    document = good()
    paged_by_link_header(document)["next_link"] = "https://example.com/rel/next-page"
    assert findings(document) == []


URL_CASES: list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]], dict[str, Any], list[str]]] = [
    (
        "both next and next_link",
        paged_by_body_url,
        {"next_link": "next"},
        [
            "style url needs exactly one of `next` (the body field holding the next page's URL) and `next_link` "
            "(the Link header relation naming it, usually `next`)"
        ],
    ),
    (
        "neither next nor next_link",
        paged_by_body_url,
        {"next": None},
        [
            "style url needs exactly one of `next` (the body field holding the next page's URL) and `next_link` "
            "(the Link header relation naming it, usually `next`)"
        ],
    ),
    (
        "a position parameter",
        paged_by_body_url,
        {"page_param": "page"},
        ["style url takes no `page_param`: the next page's URL carries the position"],
    ),
    (
        "a first page",
        paged_by_body_url,
        {"first_page": 0},
        ["style url takes no `first_page`: the next page's URL carries the position"],
    ),
    (
        "a next_link that is not a relation type",
        paged_by_link_header,
        {"next_link": 'rel="next"'},
        ["`next_link` must be an RFC 8288 link relation type such as `next`, found 'rel=\"next\"'"],
    ),
    (
        "an empty items path on a body that is not a list",
        paged_by_body_url,
        {"items": ""},
        ["`items` is '' (the body is the item list), but the 2xx response schema is not an array"],
    ),
    (
        "an items path that is not an array",
        paged_by_body_url,
        {"items": "meta"},
        ["`items` path 'meta' is not an array in the 2xx response schema"],
    ),
    (
        "an items path the response does not have",
        paged_by_body_url,
        {"items": "notes"},
        ["`items` path 'notes' is not in the 2xx response schema"],
    ),
    (
        "no items path",
        paged_by_link_header,
        {"items": None},
        ["`items` (the path to the item list; '' for a body that is the list) is required"],
    ),
    (
        "a next path the response does not have",
        paged_by_body_url,
        {"next": "meta.next"},
        ["`next` path 'meta.next' is not in the 2xx response schema"],
    ),
    (
        "a misspelled key",
        paged_by_body_url,
        {"next": None, "next_url": "meta.next_page_url"},
        [
            "unknown key `next_url` (the keys are ['cursor_param', 'first_page', 'has_more', 'items', 'limit_param', "
            "'next', 'next_link', 'offset_param', 'page_param', 'style', 'total'])",
            "style url needs exactly one of `next` (the body field holding the next page's URL) and `next_link` "
            "(the Link header relation naming it, usually `next`)",
        ],
    ),
]


@pytest.mark.parametrize(
    ("declare", "change", "messages"),
    [case[1:] for case in URL_CASES],
    ids=[case[0] for case in URL_CASES],
)
def test_a_malformed_url_declaration_is_located_at_the_declaration(
    declare: Callable[[dict[str, Any]], dict[str, Any]], change: dict[str, Any], messages: list[str]
) -> None:
    document = good()
    declaration = declare(document)
    for key, value in change.items():
        if value is None:
            del declaration[key]
        else:
            declaration[key] = value
    assert findings(document) == [f"{PAGING} {message}" for message in messages]


def test_next_link_belongs_to_style_url_only() -> None:
    document = good()
    list_notes(document)["x-pagination"]["next_link"] = "next"
    assert findings(document) == [f"{PAGING} `next_link` is not a key of style page"]


def test_a_parameter_named_like_the_page_url_argument_is_refused_at_the_declaration() -> None:
    document = good()
    paged_by_body_url(document)
    list_notes(document)["parameters"].append({"name": "page_url", "in": "query", "schema": {"type": "string"}})
    assert findings(document) == [
        f"{PAGING} the parameter 'page_url' takes the name of the argument `page_url` through which style url "
        "requests the next page; rename the parameter in the overlay document"
    ]


def test_a_malformed_url_declaration_of_an_overlay_document_is_located_at_its_line(tmp_path: Path) -> None:
    spec_path = tmp_path / "lint.yaml"
    # The spec declares no paging for listNotes, so the declaration is the overlay document's alone (a mapping both
    # wrote would be the spec's: Spec.locate).
    document = good()
    del list_notes(document)["x-pagination"]
    spec_path.write_text(yaml.safe_dump(document), encoding="utf-8")
    overlay_path = tmp_path / "lint.overlay.yaml"
    overlay_path.write_text(
        "overlay: 1.0.0\n"
        "info: {title: paging, version: 1.0.0}\n"
        "actions:\n"
        "  - target: $.paths['/notes'].get\n"
        "    update:\n"
        "      x-pagination: {style: url, next: meta.next_page_url, next_link: next, items: data}\n",
        encoding="utf-8",
    )
    spec = overlaid(read_source(spec_path), read_source(overlay_path))
    assert [str(problem) for problem in lint(spec)] == [
        f"{overlay_path}: /actions/0/update/x-pagination (line 6): [paging] style url needs exactly one of `next` "
        "(the body field holding the next page's URL) and `next_link` (the Link header relation naming it, usually "
        "`next`)"
    ]


def test_the_twilio_overlay_declares_its_url_paging_well() -> None:
    # tests/realworld's Twilio Intelligence spec as published, with the overlay document that declares its eight
    # lists' paging by `meta.next_page_url`: nothing the overlay document wrote has a finding, and no list's paging
    # has one. (What remains is the vendor's own style, which its fixture keeps as published: PascalCase
    # operationIds, and query parameter examples spelled "True".)
    realworld = GOOD.parents[2] / "realworld"
    spec = overlaid(
        read_source(realworld / "specs" / "twilio_intelligence_v2.json"),
        read_source(realworld / "overlays" / "twilio.overlay.yaml"),
    )
    problems = lint(spec)
    declared = [operation for operation in spec.operations if operation.node.get("x-pagination")]
    assert len(declared) == 8
    assert [str(problem) for problem in problems if problem.rule == "paging"] == []
    assert [str(problem) for problem in problems if problem.location.file.name == "twilio.overlay.yaml"] == []
    assert {problem.rule for problem in problems} == {"operationId", "example"}
