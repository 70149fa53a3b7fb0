"""The board's columns: which priority field each shows and how it is edited."""

from __future__ import annotations

from dataclasses import dataclass

from exports.workshop.layout import WorkshopLayout


@dataclass(frozen=True)
class Column:
    """One column; ``field`` is the question name inside the priorities repeat."""

    field: str
    header: str
    kind: str
    """rank, text, block, outcome, vote, bar or date."""

    @property
    def editable(self) -> bool:
        return self.kind not in ("rank", "bar")


ALL = (
    Column("priority_rank", "#", "rank"),
    Column("priority_title", "Priority", "text"),
    Column("priority_block", "Building block", "block"),
    Column("outcome", "Outcome", "outcome"),
    Column("votes_for", "For", "vote"),
    Column("votes_against", "Against", "vote"),
    Column("votes_abstain", "Abstain", "vote"),
    Column("votes", "Votes", "bar"),
    Column("priority_owner", "Owner", "text"),
    Column("due_date", "Due date", "date"),
)
VOTES = ("votes_for", "votes_against", "votes_abstain")
OUTCOME_KEYS = {"V": "validated", "M": "modified", "R": "rejected", "D": "deferred"}
"""One key per outcome, shown on screen; the letters are the outcomes' initials in English."""


def columns_for(layout: WorkshopLayout) -> tuple[Column, ...]:
    """The columns this form can fill (the rank and bar columns are always shown)."""
    return tuple(c for c in ALL if c.field in layout.fields or c.kind in ("rank", "bar"))
