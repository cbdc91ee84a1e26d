"""The fake's strict string formats (talkwire_core.testing._formats) and the pipeline's spec lint
(scripts/spec/formats.py, which runs without talkwire-core) give the same verdicts."""

from __future__ import annotations

import pytest
from talkwire_core.testing._formats import STRICT_FORMATS as FAKE_FORMATS

from scripts.spec.formats import STRICT_FORMATS as LINT_FORMATS

VALUES = [
    "2025-10-01T15:10:05Z",
    "2025-10-01T15:10:05.5+02:00",
    "2025-10-01t15:10:05z",
    "2025-10-01T15:10:05",
    "2025-13-01T15:10:05Z",
    "2025-10-01T25:10:05Z",
    "2025-10-01 15:10:05Z",
    "not a date",
    "",
    42,
    None,
]


def test_both_modules_check_the_same_formats() -> None:
    assert set(FAKE_FORMATS) == set(LINT_FORMATS)


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("name", sorted(LINT_FORMATS))
def test_the_fake_and_the_lint_agree(name: str, value: object) -> None:
    assert FAKE_FORMATS[name](value) == LINT_FORMATS[name](value)
