"""The priorities of one workshop as plain records, and what the room decided overall.

Read from a submission's answers (``db.answers`` or ``FormState.answers``)
and the priorities' count, so the board, the projector and a later report
all read a priority the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from exports.workshop.layout import OUTCOMES, WorkshopLayout
from exports.workshop.votes import Tally

ADDRESSING = ("validated", "modified")
"""Outcomes whose priority the room kept: their blocks are the ones the plan addresses."""


@dataclass(frozen=True)
class Priority:
    """One priority as the room sees it; ``position`` is its place in the list (1-based)."""

    position: int
    title: str
    block: str | None
    outcome: str | None
    tally: Tally
    owner: str
    due_date: str | None


@dataclass(frozen=True)
class Summary:
    """Counts per outcome (every outcome present, zero or more) and the blocks kept."""

    outcomes: dict[str, int]
    undecided: int
    addressed_blocks: tuple[str, ...]


def read_priorities(
    layout: WorkshopLayout, answers: Mapping[str, str], count: int
) -> list[Priority]:
    """Priorities 1..``count`` as stored in ``answers``."""

    def value(position: int, name: str) -> str | None:
        return answers.get(layout.priority(position, name)) or None

    return [
        Priority(
            position=position,
            title=value(position, "priority_title") or "",
            block=value(position, "priority_block"),
            outcome=value(position, "outcome"),
            tally=Tally.from_answers(
                value(position, "votes_for"),
                value(position, "votes_against"),
                value(position, "votes_abstain"),
            ),
            owner=value(position, "priority_owner") or "",
            due_date=value(position, "due_date"),
        )
        for position in range(1, count + 1)
    ]


def summarise(priorities: list[Priority]) -> Summary:
    """How many priorities got each outcome, and the blocks of those the room kept."""
    outcomes = dict.fromkeys(OUTCOMES, 0)
    undecided = 0
    addressed: list[str] = []
    for priority in priorities:
        if priority.outcome in outcomes:
            outcomes[priority.outcome] += 1
        else:
            undecided += 1
        if priority.outcome in ADDRESSING and priority.block and priority.block not in addressed:
            addressed.append(priority.block)
    return Summary(outcomes, undecided, tuple(addressed))
