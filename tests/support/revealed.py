"""mypy --strict over a program as a user runs it, and every ``reveal_type`` in it held to the type the comment above
it names (``# revealed: ...``), none of which may hold ``Any``: the check that typed surfaces reach the user."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_REVEALED = re.compile(r"^(?P<path>.+?):(?P<line>\d+): note: Revealed type is \"(?P<type>.+)\"$")
# The type a reveal_type must show, in a comment on the line above it (a long type would not fit beside it).
_EXPECTED = re.compile(r"^\s*# revealed: (?P<type>.+)$")


def mypy_strict(program: Path, tmp_path: Path) -> tuple[int, str]:
    """mypy --strict over `program` as a user runs it: no configuration of ours, a cache of its own."""
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config), "--cache-dir"]
    done = subprocess.run([*command, str(tmp_path / "cache"), str(program)], capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def problems(program: Path, tmp_path: Path) -> list[str]:
    """What is wrong: mypy's errors, a reveal_type whose type differs from its comment's or holds Any."""
    code, output = mypy_strict(program, tmp_path)
    found: list[str] = [line for line in output.splitlines() if ": error:" in line]
    revealed = {int(m["line"]): m["type"] for line in output.splitlines() if (m := _REVEALED.match(line))}
    expected = {
        number + 1: m["type"].strip()
        for number, text in enumerate(program.read_text(encoding="utf-8").splitlines(), start=1)
        if (m := _EXPECTED.match(text))
    }
    for number, wanted in expected.items():
        got = revealed.get(number)
        if got != wanted:
            found.append(f"line {number}: revealed {got!r}, expected {wanted!r}")
    for number, got in revealed.items():
        if re.search(r"\bAny\b", got):
            found.append(f"line {number}: revealed {got!r}, which holds Any")
        if number not in expected:
            found.append(f"line {number}: reveal_type without a `# revealed:` comment above it")
    if code != 0 and not found:
        found.append(output)
    return found
