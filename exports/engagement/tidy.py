"""The pledge map and the KPI table as tidy rows: one header, one fact per row.

Analysts pivot these in a spreadsheet or load them in R or pandas, so each
row holds one observation with every key spelled out (mission, block,
measure, currency, round) and nothing merged, summed across currencies or
left implied by position.  Missing numbers stay empty cells, never 0.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from exports.engagement.kpis import KpiBoard
from exports.engagement.pledges import PledgeMap

PLEDGE_HEADER = ("mission", "country", "pillar", "block", "measure", "key", "value")
"""``measure`` is one of: score, pledges_active, pledges_withdrawn, pledges_in_kind, amount
(``key`` = currency), pledger_type and pledge_status (``key`` = the type or status, value a
count), priorities_validated, priorities_unpledged, and unpledged_priority (``key`` = its title,
value its rank)."""

KPI_HEADER = (
    "mission",
    "country",
    "block",
    "kpi",
    "unit",
    "baseline",
    "baseline_year",
    "target",
    "target_year",
    "round",
    "round_date",
    "value",
    "value_date",
    "progress",
    "expected_progress",
    "status",
    "status_source",
)
"""One row per KPI and monitoring round; a round without the KPI has no row."""


def pledge_rows(pledges: PledgeMap) -> Iterator[tuple[Any, ...]]:
    """The map's facts per block, then each unpledged validated priority."""
    mission = pledges.mission
    for block in pledges.blocks:
        keys = (mission.uuid, mission.country, block.pillar, block.block)
        yield (*keys, "score", "", _rounded(block.score))
        yield (*keys, "pledges_active", "", block.pledges)
        yield (*keys, "pledges_withdrawn", "", block.withdrawn)
        yield (*keys, "pledges_in_kind", "", block.in_kind)
        for amount in block.amounts:
            yield (*keys, "amount", amount.currency, amount.total)
        for name, count in block.pledger_types:
            yield (*keys, "pledger_type", name, count)
        for name, count in block.statuses:
            yield (*keys, "pledge_status", name, count)
        yield (*keys, "priorities_validated", "", block.priorities)
        yield (*keys, "priorities_unpledged", "", block.gaps)
    for gap in pledges.gaps:
        block = pledges.wheel.block(gap.priority.block or "")
        pillar = block.pillar if block else ""
        keys = (mission.uuid, mission.country, pillar, gap.priority.block or "")
        yield (*keys, "unpledged_priority", gap.priority.title, gap.priority.rank)


def kpi_rows(board: KpiBoard) -> Iterator[tuple[Any, ...]]:
    """Every reading of every KPI, with the KPI's baseline and target repeated on each."""
    mission = board.mission
    for kpi in board.kpis:
        for review, reading in zip(board.rounds, kpi.readings, strict=True):
            if reading is None:
                continue
            source = "reported" if reading.reported_status else "assessed"
            yield (
                mission.uuid,
                mission.country,
                kpi.block or "",
                kpi.name,
                kpi.unit.label or kpi.unit.code,
                kpi.baseline,
                kpi.baseline_year,
                kpi.target,
                kpi.target_year,
                review.label,
                review.date,
                reading.value,
                reading.date,
                _rounded(reading.progress),
                _rounded(reading.expected),
                reading.status or "",
                source if reading.status else "",
            )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
