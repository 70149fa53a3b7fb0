"""KPI units and how a value in each is written: 92.5 %, 3.6 per 100 people, 18,250, USD 410 M.

A KPI is never shown without its unit, and values of different units are
never put on one axis: a percentage and a dollar amount do not compare.
"""

from __future__ import annotations

from dataclasses import dataclass

KNOWN = {"percent": "%", "per_100": "per 100 people", "count": "", "usd": "USD"}


@dataclass(frozen=True)
class Unit:
    """A unit code from the monitoring form (``percent``, ``per_100``, ``count``, ``usd``,
    ``other``) and the words it is written with (``other``: what the person typed)."""

    code: str
    label: str

    def format(self, value: float | None, missing: str = "–") -> str:
        """The value with its unit, compact for large money amounts."""
        if value is None:
            return missing
        if self.code == "percent":
            return f"{plain_number(value)} %"
        if self.code == "usd":
            return f"USD {_compact(value)}"
        if self.code == "count":
            return plain_number(value)
        return f"{plain_number(value)} {self.label}".rstrip()

    def tick(self, value: float) -> str:
        """An axis tick: the number with % or USD, other units left to the axis title."""
        if self.code == "percent":
            return f"{plain_number(value)} %"
        if self.code == "usd":
            return f"USD {_compact(value)}"
        return plain_number(value)

    @property
    def axis_title(self) -> str:
        """The unit words an axis needs when its ticks carry none (empty for %, USD, counts)."""
        return "" if self.code in ("percent", "usd", "count") else self.label


def kpi_unit(code: str | None, other: str | None = None) -> Unit:
    """The unit for a form's answer; an unknown or missing code is kept as written."""
    if code == "other":
        return Unit("other", " ".join((other or "").split()))
    if code in KNOWN:
        return Unit(code, KNOWN[code])
    return Unit(code or "", code or "")


def plain_number(value: float) -> str:
    """Thousands separated, at most two decimals, no trailing zeros."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _compact(value: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "M")):
        if abs(value) >= size:
            return f"{plain_number(round(value / size, 2))} {suffix}"
    return plain_number(value)
