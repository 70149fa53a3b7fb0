"""The report's pledge map and KPI sections, as the engagement core computes them.

Every figure (pledges and amounts per block, validated priorities and their
gaps, KPI values, progress and status per round) comes from
``exports.engagement``, the same functions the Pledges and KPIs tabs, the
``pledges``/``kpis`` commands and the package use; this module only writes
them in the report's language and draws their charts as SVG.  A mission
without a pledge register or a monitoring round gets a sentence saying so.
"""

from __future__ import annotations

from typing import Any

from exports.engagement.kpis import Kpi, kpi_board
from exports.engagement.pledges import BlockPledges, PledgeMap, pledge_map
from exports.engagement.text import amounts_text
from exports.report.charts import svg
from exports.report.show import Writer
from forms.errors import UserError
from forms.wheel.structure import Wheel
from storage.database import Database

NO_PLEDGES = frozenset({"no-pledge-register", "no-wheel-blocks"})
NO_MONITORING = frozenset({"no-monitoring"})


def pledge_section(db: Database, mission_uuid: str, write: Writer) -> dict[str, Any] | None:
    """The pledge map per block, the gaps and the chart; None without a pledge register."""
    try:
        found = pledge_map(db, mission_uuid)
    except UserError as error:
        if error.code in NO_PLEDGES:
            return None
        raise
    from exports.engagement.charts.pledge_chart import pledge_figure

    words = write.words
    return {
        "blocks": [_block_row(found, block, write) for block in found.blocks],
        "total": words["total_pledged"].format(amounts=write.isolated(amounts_text(found.totals))),
        "priorities": [
            {
                "rank": "" if m.priority.rank is None else str(m.priority.rank),
                "title": m.priority.title,
                "block": _label(found.wheel, m.priority.block, write),
                "pledgers": ", ".join(p.pledger for p in m.pledges),
                "gap": m.gap,
            }
            for m in found.priorities
        ],
        "gaps": words["gaps_count"].format(gaps=len(found.gaps), total=len(found.priorities)),
        "chart": svg(pledge_figure(found, write.language)),
    }


def _block_row(found: PledgeMap, block: BlockPledges, write: Writer) -> dict[str, Any]:
    words = write.words
    notes = []
    if block.withdrawn:
        notes.append(words["withdrawn"].format(n=block.withdrawn))
    if block.in_kind:
        notes.append(words["in_kind"].format(n=block.in_kind))
    priorities = str(block.priorities) if block.priorities else ""
    if block.gaps:
        priorities += " (" + words["unpledged"].format(n=block.gaps) + ")"
    return {
        "name": _label(found.wheel, block.block, write),
        "score": write.score(block.score),
        "pledges": str(block.pledges) + (f" ({', '.join(notes)})" if notes else ""),
        "amounts": write.isolated(amounts_text(block.amounts)) if block.amounts else "–",
        "priorities": priorities,
        "alert": block.weak_unpledged,
    }


def kpi_section(
    db: Database, mission_uuid: str, wheel: Wheel, write: Writer
) -> dict[str, Any] | None:
    """Every KPI over the monitoring rounds, with the chart; None without a round."""
    try:
        board = kpi_board(db, mission_uuid)
    except UserError as error:
        if error.code in NO_MONITORING:
            return None
        raise
    from exports.engagement.charts.kpi_chart import kpi_figure

    return {
        "rounds": [{"label": r.label, "date": write.isolated(r.date)} for r in board.rounds],
        "kpis": [_kpi_row(wheel, kpi, write) for kpi in board.kpis],
        "chart": svg(kpi_figure(board, write.language)),
    }


def _kpi_row(wheel: Wheel, kpi: Kpi, write: Writer) -> dict[str, Any]:
    words, unit = write.words, kpi.unit
    values = []
    for reading in kpi.readings:
        if reading is None or reading.value is None:
            values.append({"value": "–", "status": ""})
            continue
        status = words.get(reading.status or "", "")
        if status and reading.reported_status is None:
            status += " (" + words["assessed"] + ")"
        values.append({"value": write.isolated(unit.format(reading.value)), "status": status})
    latest = kpi.latest
    progress = latest.progress if latest else None
    return {
        "name": kpi.name,
        "block": _label(wheel, kpi.block, write),
        "baseline": _with_year(write.isolated(unit.format(kpi.baseline)), kpi.baseline_year),
        "target": _with_year(write.isolated(unit.format(kpi.target)), kpi.target_year),
        "values": values,
        "progress": "–" if progress is None else write.isolated(f"{progress:.0%}"),
    }


def _label(wheel: Wheel, name: str | None, write: Writer) -> str:
    block = wheel.block(name) if name else None
    return block.label(write.language) if block else (name or "")


def _with_year(value: str, year: int | None) -> str:
    return f"{value} ({year})" if year is not None else value
