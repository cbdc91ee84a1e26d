"""The errors the generated docstrings name (scripts/generation/raises.py) are the ones talkwire-core raises.

The pipeline keeps its own table of the error class per status, as it runs without talkwire-core installed; these
tests hold that table to what talkwire_core.errors actually chooses, status by status.
"""

from __future__ import annotations

import talkwire_core.errors

from scripts.generation.raises import ERROR_BY_STATUS, error_class


def test_every_status_names_the_class_talkwire_core_raises_for_it() -> None:
    named = {status: error_class(str(status)) for status in range(100, 600)}
    raised = {status: talkwire_core.errors.error_class_for(status).__name__ for status in range(100, 600)}
    assert named == raised


def test_a_status_range_names_a_class_that_every_status_of_it_raises() -> None:
    for pattern, statuses in (("4XX", range(400, 500)), ("5XX", range(500, 600)), ("default", range(400, 600))):
        named = getattr(talkwire_core.errors, error_class(pattern))
        for status in statuses:
            assert issubclass(talkwire_core.errors.error_class_for(status), named), (pattern, status)


def test_every_class_of_the_table_is_a_talkwire_api_error() -> None:
    for name in {*ERROR_BY_STATUS.values(), error_class("500"), error_class("default")}:
        assert issubclass(getattr(talkwire_core.errors, name), talkwire_core.errors.APIError), name
