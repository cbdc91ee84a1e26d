"""Each vendor README's "Testing your integration" example is a pytest module: it is run here as a user runs it,
in a fresh pytest process that finds the vendor's fixture through the package's `pytest11` entry point."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VENDORS = ("diio", "vocelio", "dstny", "vida", "diga")
_SECTION = re.compile(r"^## Testing your integration\n(?P<body>.*?)(?=^## |\Z)", re.M | re.S)
_PYTHON = re.compile(r"^```python\n(?P<code>.*?)^```", re.M | re.S)


def example_of(vendor: str) -> str:
    readme = (REPO / "overlays" / vendor / "README.md").read_text(encoding="utf-8")
    section = _SECTION.search(readme)
    assert section is not None, f"overlays/{vendor}/README.md has no 'Testing your integration' section"
    code = _PYTHON.search(section["body"])
    assert code is not None, f"overlays/{vendor}/README.md: its testing section has no python example"
    return code["code"]


@pytest.mark.slow
@pytest.mark.parametrize("vendor", VENDORS)
def test_the_readme_testing_example_passes_with_the_vendors_fixture(vendor: str, tmp_path: Path) -> None:
    example = tmp_path / f"test_{vendor}_readme_example.py"
    example.write_text(example_of(vendor), encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(example)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert re.search(r"\b1 passed\b", result.stdout), result.stdout[-1000:]
