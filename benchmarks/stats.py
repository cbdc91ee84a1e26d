"""Rounds of a measurement, summarised as median and spread, and rows that pair a figure with its baseline."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sample:
    """The values one measurement took over its rounds, in one unit (``ms``, ``items/s``, ``MB``, ...)."""

    values: tuple[float, ...]
    unit: str

    @classmethod
    def of(cls, values: list[float] | tuple[float, ...], unit: str) -> Sample:
        if not values:
            raise ValueError("a sample needs at least one round")
        return cls(tuple(values), unit)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def spread(self) -> float:
        """Half the range over the rounds (max - min) / 2: the +/- printed beside the median."""
        return (max(self.values) - min(self.values)) / 2

    def text(self) -> str:
        return f"{_number(self.median)} ± {_number(self.spread)} {self.unit}"


def _number(value: float) -> str:
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


@dataclass
class Row:
    """One line of the results table.

    ``ratio`` is the median over rounds of figure/baseline, each round having measured both side by side (paired, so
    load from elsewhere that slows one round slows both of its sides); without paired rounds, the ratio of the
    medians. ``goal`` says what it must be and ``met`` whether it is (None when the row has no goal of its own).
    """

    group: str
    name: str
    figure: Sample
    baseline: Sample | None = None
    baseline_name: str = ""
    goal: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def paired_ratios(self) -> list[float]:
        if self.baseline is None or len(self.figure.values) != len(self.baseline.values):
            return []
        return [f / b for f, b in zip(self.figure.values, self.baseline.values, strict=True) if b]

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        paired = self.paired_ratios
        return statistics.median(paired) if paired else self.figure.median / self.baseline.median

    def ratio_text(self) -> str:
        ratio = self.ratio
        if ratio is None:
            return ""
        paired = self.paired_ratios
        if len(paired) > 1:
            return f"{ratio:.2f}x ({min(paired):.2f}-{max(paired):.2f})"
        return f"{ratio:.2f}x"

    def verdict(self) -> str:
        if self.met is None:
            return ""
        return "met" if self.met else "NOT met"
