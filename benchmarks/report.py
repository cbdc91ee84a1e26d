"""The results table (printed) and benchmarks/results.md."""

from __future__ import annotations

from collections.abc import Iterable

from benchmarks.stats import Row

HEADER = (
    "measurement",
    "figure (median ± spread)",
    "baseline",
    "baseline (median ± spread)",
    "ratio (range over rounds)",
    "goal",
    "",
)


def _cells(row: Row) -> tuple[str, ...]:
    return (
        row.name,
        row.figure.text(),
        row.baseline_name,
        row.baseline.text() if row.baseline is not None else "",
        row.ratio_text(),
        row.goal,
        row.verdict(),
    )


def table_text(rows: Iterable[Row]) -> str:
    """A plain-text table for the terminal, grouped."""
    rows = list(rows)
    lines = [HEADER, *(_cells(row) for row in rows)]
    widths = [max(len(line[column]) for line in lines) for column in range(len(HEADER))]

    def render(cells: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

    out = [render(HEADER), "  ".join("-" * width for width in widths)]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            out.append(f"[{group}]")
        out.append(render(_cells(row)))
    return "\n".join(out)


def table_markdown(rows: Iterable[Row]) -> str:
    out = ["| " + " | ".join(("group", *HEADER[:-1], "verdict")) + " |", "|" + "---|" * (len(HEADER) + 1)]
    for row in rows:
        cells = (row.group, *_cells(row))
        out.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(out)


def goals_markdown(rows: Iterable[Row]) -> str:
    out = []
    for row in rows:
        if row.met is None:
            continue
        ratio = f", {row.ratio_text()}" if row.ratio is not None else ""
        mark = "met" if row.met else "**not met**"
        out.append(f"- {mark}: {row.group}: {row.name}: {row.figure.text()}{ratio}; goal {row.goal}")
    return "\n".join(out)


def results_markdown(
    *,
    rows: list[Row],
    command: str,
    when: str,
    machine: dict[str, str],
    versions: dict[str, str],
    notes: list[str],
) -> str:
    machine_lines = "\n".join(f"- {key}: {value}" for key, value in machine.items())
    version_lines = "\n".join(f"- {name} {version}" for name, version in sorted(versions.items()))
    note_lines = "\n".join(f"- {note}" for note in notes)
    met = sum(1 for row in rows if row.met)
    judged = sum(1 for row in rows if row.met is not None)
    return f"""# talkwire benchmark results

Written by `{command}` on {when}. Every figure was measured beside its baseline in the same run, over several
rounds (median ± half the range of the rounds). A ratio is the median over rounds of figure / baseline, each round
having measured both (interleaved), with its range over the rounds in brackets. Reproduce with:

```bash
{command}          # or, for a short smoke run: nox -s bench -- --quick
```

## Goals ({met} of {judged} met)

{goals_markdown(rows)}

## All figures

{table_markdown(rows)}

## Machine

{machine_lines}

## Versions

{version_lines}

## How each figure was taken

{note_lines}
"""
