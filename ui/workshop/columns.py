"""The board's columns: which priority field each shows and how it is edited."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exports.workshop.layout import WorkshopLayout


@dataclass(frozen=True)
class Column:
    """One column; ``field`` is the question name inside the priorities repeat."""

    field: str
    source_header: str
    """The header in English, marked for translation; ``header`` is it in the window's language."""
    kind: str
    """rank, text, block, outcome, vote, bar or date."""

    @property
    def header(self) -> str:
        return QCoreApplication.translate("BoardColumns", self.source_header)

    @property
    def editable(self) -> bool:
        return self.kind not in ("rank", "bar")


ALL = (
    Column("priority_rank", "#", "rank"),
    Column("priority_title", QT_TRANSLATE_NOOP("BoardColumns", "Priority"), "text"),
    Column("priority_block", QT_TRANSLATE_NOOP("BoardColumns", "Building block"), "block"),
    Column("outcome", QT_TRANSLATE_NOOP("BoardColumns", "Outcome"), "outcome"),
    Column("votes_for", QT_TRANSLATE_NOOP("BoardColumns", "For"), "vote"),
    Column("votes_against", QT_TRANSLATE_NOOP("BoardColumns", "Against"), "vote"),
    Column("votes_abstain", QT_TRANSLATE_NOOP("BoardColumns", "Abstain"), "vote"),
    Column("votes", QT_TRANSLATE_NOOP("BoardColumns", "Votes"), "bar"),
    Column("priority_owner", QT_TRANSLATE_NOOP("BoardColumns", "Owner"), "text"),
    Column("due_date", QT_TRANSLATE_NOOP("BoardColumns", "Due date"), "date"),
)
VOTES = ("votes_for", "votes_against", "votes_abstain")
OUTCOME_KEYS = {"V": "validated", "M": "modified", "R": "rejected", "D": "deferred"}
"""One key per outcome, shown on screen; the letters are the outcomes' initials in English."""


def columns_for(layout: WorkshopLayout) -> tuple[Column, ...]:
    """The columns this form can fill (the rank and bar columns are always shown)."""
    return tuple(c for c in ALL if c.field in layout.fields or c.kind in ("rank", "bar"))
