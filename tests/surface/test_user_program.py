"""A user's program against all five vendors (user_program.py: resources, typed paging, with_options, raw responses,
errors, sync and async) type-checks under ``mypy --strict``, and every ``reveal_type`` in it shows the model type its
comment names: the types reach the user, none is ``Any``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.revealed import problems

PROGRAM = Path(__file__).with_name("user_program.py")


@pytest.mark.slow
def test_a_user_program_over_every_vendor_type_checks_with_the_model_types(tmp_path: Path) -> None:
    assert PROGRAM.read_text(encoding="utf-8").count("# revealed: ") >= 20
    assert not problems(PROGRAM, tmp_path)


@pytest.mark.slow
def test_the_check_reports_an_untyped_walk_and_a_wrong_expectation(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(
        "from typing import reveal_type\n"
        "from talkwire_diio import DiioClient\n"
        "from talkwire_diio_api.api.meetings import list_meetings\n"
        "def walk(diio: DiioClient) -> None:\n"
        "    for meeting in diio.paginate(list_meetings):\n"
        "        # revealed: Any\n"
        "        reveal_type(meeting)\n"
        "    # revealed: talkwire_diio_api.models.meeting.Meeting\n"
        "    reveal_type(diio.meetings.get)\n",
        encoding="utf-8",
    )
    found = problems(program, tmp_path)
    assert any("line 7" in problem and "holds Any" in problem for problem in found), found
    assert any(problem.startswith("line 9: revealed 'def (id: uuid.UUID)") for problem in found), found
