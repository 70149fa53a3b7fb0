"""The engagement views as plain text, for the command line (no matplotlib imported).

Labels come from the form in the language asked for; amounts keep their
currency, KPI values their unit, and missing stays "–", never 0.
"""

from __future__ import annotations

import unicodedata

from exports.engagement.compare import Comparison
from exports.engagement.kpis import KpiBoard
from exports.engagement.pledges import Amount, PledgeMap
from exports.engagement.units import plain_number
from forms.wheel.structure import Wheel

MISSING = "–"
STATUS_WORDS = {"on_track": "on track", "at_risk": "at risk", "off_track": "off track"}


def amounts_text(amounts: tuple[Amount, ...]) -> str:
    """``USD 45,000,000; EUR 350,000``: one total per currency, never added together."""
    return "; ".join(f"{a.currency} {plain_number(a.total)}" for a in amounts) or MISSING


def score_text(value: float | None) -> str:
    return MISSING if value is None else f"{value:.2f}"


def pledges_text(pledges: PledgeMap, language: str | None = None) -> str:
    """One line per block (score, pledges, amounts), then the validated priorities and gaps."""
    rows = [("Building block", "Score", "Pledges", "Amounts (active pledges)", "Priorities")]
    for block in pledges.blocks:
        count = str(block.pledges) + (f" (+{block.withdrawn} withdrawn)" if block.withdrawn else "")
        if block.in_kind:
            count += f", {block.in_kind} in kind"
        priorities = f"{block.priorities}, {block.gaps} unpledged" if block.gaps else ""
        if block.priorities and not block.gaps:
            priorities = str(block.priorities)
        rows.append(
            (
                _label(pledges.wheel, block.block, language),
                score_text(block.score),
                count,
                amounts_text(block.amounts),
                priorities,
            )
        )
    lines = _table(rows)
    lines.append(f"Total (active pledges): {amounts_text(pledges.totals)}")
    if pledges.scores is None:
        lines.append("No diagnostic yet: block scores are missing.")
    lines.append("")
    if not pledges.workshops:
        lines.append("No validation workshop yet: no validated priorities to match.")
    for match in pledges.priorities:
        who = ", ".join(p.pledger for p in match.pledges) or "GAP: no pledge"
        rank = f"{match.priority.rank}. " if match.priority.rank is not None else ""
        block = _label(pledges.wheel, match.priority.block, language)
        lines.append(f"{rank}{match.priority.title} [{block}]: {who}")
    if pledges.priorities:
        lines.append(
            f"{len(pledges.gaps)} of {len(pledges.priorities)} validated priorities have no pledge."
        )
    return "\n".join(lines) + "\n"


def kpis_text(board: KpiBoard) -> str:
    """One block of lines per KPI: baseline, each round's value, progress and status, target."""
    lines = ["Rounds: " + "; ".join(f"{r.label} ({r.date})" for r in board.rounds), ""]
    for kpi in board.kpis:
        unit = kpi.unit
        baseline = unit.format(kpi.baseline, MISSING)
        target = unit.format(kpi.target, MISSING)
        lines.append(
            f"{kpi.name}: baseline {baseline} ({kpi.baseline_year or MISSING}), "
            f"target {target} ({kpi.target_year or MISSING})"
        )
        for review, reading in zip(board.rounds, kpi.readings, strict=True):
            if reading is None or reading.value is None:
                lines.append(f"  {review.label}: no value")
                continue
            share = MISSING if reading.progress is None else f"{reading.progress:.0%}"
            status = STATUS_WORDS.get(reading.status or "", MISSING)
            if reading.reported_status is None and reading.assessed_status:
                status += " (assessed)"
            lines.append(
                f"  {review.label}: {unit.format(reading.value)}, {share} of the way, {status}"
            )
    return "\n".join(lines) + "\n"


def comparison_text(comparison: Comparison, language: str | None = None) -> str:
    """Block × column table; columns after the first also show their difference to it."""
    heads = ["Building block"]
    for index, column in enumerate(comparison.columns):
        name = f"{column.mission.country} {column.round}"
        heads.append(name if index == 0 else f"{name} (Δ)")
    rows = [tuple(heads)]
    for row in (*comparison.rows, comparison.overall):
        label = "Overall" if row.block is None else _label(comparison.wheel, row.block, language)
        cells = [label]
        for index, (value, difference) in enumerate(zip(row.values, row.differences, strict=True)):
            cell = score_text(value)
            if index and value is not None:
                cell += f" ({MISSING if difference is None else f'{difference:+.2f}'})"
            cells.append(cell)
        rows.append(tuple(cells))
    lines = _table(rows)
    lines += [f"{c.mission.country} = {c.mission.title}" for c in _unique(comparison)]
    return "\n".join(lines) + "\n"


def _unique(comparison: Comparison):
    seen: dict[str, object] = {}
    for column in comparison.columns:
        seen.setdefault(column.mission.uuid, column)
    return list(seen.values())


def _label(wheel: Wheel, name: str | None, language: str | None) -> str:
    block = wheel.block(name) if name else None
    return block.label(language) if block else (name or MISSING)


def _width(text: str) -> int:
    """Terminal columns: combining marks and format characters take none."""
    return sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in text)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row)).rstrip()
        for row in rows
    ]
    lines.insert(1, "-" * (sum(widths) + 2 * (len(widths) - 1)))
    return lines
