"""Jinja filters our templates use beside the generator's: reshaping what its macros write (a parameter list, a
docstring) for the resource modules and the reference.

The generator's macros write one parameter a line (`arguments`, `kwargs`) and Google-style docstrings
(`docstring_content`: summary, description, `Args:`, its own `Raises:`, `Returns:`); these filters rely on that form.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from typing import Any

# The Raises section the generator writes into every docstring; ours replaces it (scripts/generation/raises.py).
GENERATOR_RAISES = (
    "Raises:\n"
    "    errors.UnexpectedStatus: If the server returns an undocumented status code and "
    "Client.raise_on_unexpected_status is True.\n"
    "    httpx.TimeoutException: If the request takes longer than Client.timeout.\n"
)


class TemplateError(RuntimeError):
    """A template's input does not have the form a filter relies on (a generator upgrade changed it)."""


def qualified_builtins(code: Any, names: Iterable[str]) -> str:
    """`code` (annotations written in a class) with each builtin that a method of the class shadows (a method
    `list` hides `list[...]` from the annotations after it) spelled `builtins.<name>`; parameter names kept."""
    text = str(code)
    for name in names:
        if hasattr(builtins, name):
            text = re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w:=])", f"builtins.{name}", text)
    return text


def without_parameter(code: Any, name: str) -> str:
    """A signature or call (one parameter a line) without the parameter `name`."""
    lines = str(code).splitlines()
    return "\n".join(line for line in lines if not re.match(rf"\s*{re.escape(name)}\s*[:=]", line))


def one_line(code: Any) -> str:
    """A parameter list (one a line) on one line, without its trailing comma."""
    return re.sub(r"\s+", " ", str(code)).strip().rstrip(",")


def honest_docstring(
    content: Any, raises: str, *, without_argument: str | None = None, more_arguments: Iterable[str] = ()
) -> str:
    """A generated docstring's content with `raises` as its Raises section, the `Args:` entry of
    `without_argument` left out and `more_arguments` (entries, `name (type): what`) added to `Args:`."""
    text = str(content)
    if GENERATOR_RAISES not in text:
        raise TemplateError("the generator's docstring has no Raises section of the form talkwire replaces")
    head, tail = text.split(GENERATOR_RAISES, 1)
    arguments_at = head.find("Args:\n")
    if arguments_at == -1:
        before, entries = head.rstrip("\n"), []
    else:
        before = head[:arguments_at].rstrip("\n")
        entries = _entries(head[arguments_at + len("Args:\n") :])
    entries = [entry for entry in entries if not entry.startswith(f"    {without_argument} (")]
    entries += [f"    {entry}" for entry in more_arguments]
    arguments = "Args:\n" + "\n".join(entries) + "\n\n" if entries else ""
    return f"{before}\n\n{arguments}{raises}{tail}" if before else f"{arguments}{raises}{tail}"


def _entries(section: str) -> list[str]:
    """The entries of an `Args:` section's body, each with its continuation lines."""
    entries: list[str] = []
    for line in section.rstrip("\n").splitlines():
        if line.startswith("        ") and entries:
            entries[-1] += "\n" + line
        elif line.strip():
            entries.append(line)
    return entries
