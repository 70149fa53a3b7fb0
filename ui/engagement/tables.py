"""The tables beside the engagement charts, as text rows in the window's language.

Built on the UI thread from the worker's numbers (plain dataclasses), so
the headers can be translated; labels of blocks come from the form in the
chart's language.  Missing stays "–", amounts keep their currency, values
their unit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.engagement.compare import Comparison
from exports.engagement.kpis import KpiBoard
from exports.engagement.pledges import PledgeMap
from exports.engagement.text import MISSING, amounts_text, score_text
from forms.wheel.structure import Wheel
from storage.validation import country_name
from ui.engagement.rows import Rows


def _tr(text: str) -> str:
    return QCoreApplication.translate("engagement", text)


def _status(status: str | None) -> str:
    words = {"on_track": _tr("On track"), "at_risk": _tr("At risk"), "off_track": _tr("Off track")}
    return words.get(status or "", MISSING)


def _block(wheel: Wheel | None, name: str | None, language: str | None) -> str:
    block = wheel.block(name) if wheel and name else None
    return block.label(language) if block else (name or MISSING)


def pledge_tables(pledges: PledgeMap, language: str | None) -> tuple[Rows, Rows]:
    """One row per block, then one per validated priority with who pledged to it."""
    rows, alerts = [], set()
    for index, block in enumerate(pledges.blocks):
        count = str(block.pledges) + (f" (+{block.withdrawn})" if block.withdrawn else "")
        flags = []
        if block.weak_unpledged:
            flags.append(_tr("weak, no pledge"))
        if block.gaps:
            flags.append(_tr("{n} unpledged").format(n=block.gaps))
        if flags:
            alerts.add(index)
        rows.append(
            (
                _block(pledges.wheel, block.block, language),
                score_text(block.score),
                count,
                amounts_text(block.amounts),
                ", ".join(f"{name} {n}" for name, n in block.pledger_types) or MISSING,
                str(block.priorities) if block.priorities else MISSING,
                "; ".join(flags),
            )
        )
    blocks = Rows(
        (
            _tr("Building block"),
            _tr("Score"),
            _tr("Pledges"),
            _tr("Amounts (per currency)"),
            _tr("Pledgers"),
            _tr("Priorities"),
            _tr("Alert"),
        ),
        tuple(rows),
        frozenset(alerts),
        frozenset({1, 2}),
    )
    matches = [
        (
            str(m.priority.rank) if m.priority.rank is not None else MISSING,
            m.priority.title,
            _block(pledges.wheel, m.priority.block, language),
            ", ".join(p.pledger for p in m.pledges) or _tr("GAP: no pledge"),
        )
        for m in pledges.priorities
    ]
    gaps = frozenset(i for i, m in enumerate(pledges.priorities) if m.gap)
    priorities = Rows(
        (_tr("Rank"), _tr("Validated priority"), _tr("Building block"), _tr("Pledged by")),
        tuple(matches),
        gaps,
        frozenset({0}),
    )
    return blocks, priorities


def kpi_tables(board: KpiBoard, language: str | None) -> tuple[Rows]:
    """One row per KPI: baseline, each round's value with progress and status, target."""
    header = [_tr("KPI"), _tr("Building block"), _tr("Baseline")]
    header += [review.label for review in board.rounds]
    header += [_tr("Target")]
    rows, alerts = [], set()
    for index, kpi in enumerate(board.kpis):
        unit = kpi.unit
        cells = [
            kpi.name,
            _block(board.wheel, kpi.block, language),
            f"{unit.format(kpi.baseline)} ({kpi.baseline_year or MISSING})",
        ]
        for reading in kpi.readings:
            if reading is None or reading.value is None:
                cells.append(_tr("no value"))
                continue
            share = MISSING if reading.progress is None else f"{reading.progress:.0%}"
            cells.append(f"{unit.format(reading.value)} · {share} · {_status(reading.status)}")
        cells.append(f"{unit.format(kpi.target)} ({kpi.target_year or MISSING})")
        latest = kpi.latest
        if latest is not None and latest.status == "off_track":
            alerts.add(index)
        rows.append(tuple(cells))
    return (Rows(tuple(header), tuple(rows), frozenset(alerts)),)


def comparison_table(comparison: Comparison, language: str | None) -> Rows:
    """Block × column, each column after the first with its difference to the first."""
    header = [_tr("Building block")]
    for column in comparison.columns:
        which = _tr("current") if column.round == "current" else _tr("baseline")
        header.append(f"{country_name(column.mission.country, None)} ({which})")
    rows = []
    for row in (*comparison.rows, comparison.overall):
        label = (
            _tr("Overall") if row.block is None else _block(comparison.wheel, row.block, language)
        )
        cells = [label]
        for index, (value, difference) in enumerate(zip(row.values, row.differences, strict=True)):
            text = score_text(value)
            if index and value is not None and difference is not None:
                text += f" ({difference:+.2f})"
            cells.append(text)
        rows.append(tuple(cells))
    numeric = frozenset(range(1, len(header)))
    return Rows(tuple(header), tuple(rows), frozenset({len(rows) - 1}), numeric)
