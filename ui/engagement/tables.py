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


def _status(status: str | None) -> str:
    words = {
        "on_track": QCoreApplication.translate("engagement", "On track"),
        "at_risk": QCoreApplication.translate("engagement", "At risk"),
        "off_track": QCoreApplication.translate("engagement", "Off track"),
    }
    return words.get(status or "", MISSING)


def _block(wheel: Wheel | None, name: str | None, language: str | None) -> str:
    block = wheel.block(name) if wheel and name else None
    return block.label(language) if block else (name or MISSING)


def _alerts(block) -> list[str]:
    """What a block's row warns of: weak with no pledge, validated priorities unpledged."""
    flags = []
    if block.weak_unpledged:
        flags.append(QCoreApplication.translate("engagement", "weak, no pledge"))
    if block.gaps:
        flags.append(QCoreApplication.translate("engagement", "{n} unpledged").format(n=block.gaps))
    return flags


def pledge_tables(pledges: PledgeMap, language: str | None) -> tuple[Rows, Rows]:
    """One row per block, then one per validated priority with who pledged to it."""
    rows, alerts = [], set()
    for index, block in enumerate(pledges.blocks):
        count = str(block.pledges) + (f" (+{block.withdrawn})" if block.withdrawn else "")
        flags = _alerts(block)
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
            QCoreApplication.translate("engagement", "Building block"),
            QCoreApplication.translate("engagement", "Score"),
            QCoreApplication.translate("engagement", "Pledges"),
            QCoreApplication.translate("engagement", "Amounts (per currency)"),
            QCoreApplication.translate("engagement", "Pledgers"),
            QCoreApplication.translate("engagement", "Priorities"),
            QCoreApplication.translate("engagement", "Alert"),
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
            ", ".join(p.pledger for p in m.pledges)
            or QCoreApplication.translate("engagement", "GAP: no pledge"),
        )
        for m in pledges.priorities
    ]
    gaps = frozenset(i for i, m in enumerate(pledges.priorities) if m.gap)
    priorities = Rows(
        (
            QCoreApplication.translate("engagement", "Rank"),
            QCoreApplication.translate("engagement", "Validated priority"),
            QCoreApplication.translate("engagement", "Building block"),
            QCoreApplication.translate("engagement", "Pledged by"),
        ),
        tuple(matches),
        gaps,
        frozenset({0}),
    )
    return blocks, priorities


def kpi_tables(board: KpiBoard, language: str | None) -> tuple[Rows]:
    """One row per KPI: baseline, each round's value with progress and status, target."""
    header = [
        QCoreApplication.translate("engagement", "KPI"),
        QCoreApplication.translate("engagement", "Building block"),
        QCoreApplication.translate("engagement", "Baseline"),
    ]
    header += [review.label for review in board.rounds]
    header += [QCoreApplication.translate("engagement", "Target")]
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
                cells.append(QCoreApplication.translate("engagement", "no value"))
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
    header = [QCoreApplication.translate("engagement", "Building block")]
    for column in comparison.columns:
        which = (
            QCoreApplication.translate("engagement", "current")
            if column.round == "current"
            else QCoreApplication.translate("engagement", "baseline")
        )
        header.append(f"{country_name(column.mission.country, None)} ({which})")
    rows = []
    for row in (*comparison.rows, comparison.overall):
        label = (
            QCoreApplication.translate("engagement", "Overall")
            if row.block is None
            else _block(comparison.wheel, row.block, language)
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
