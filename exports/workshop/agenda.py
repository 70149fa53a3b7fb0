"""A proposed agenda: the mission's weakest wheel blocks as draft priorities.

The P2C flow is diagnose, prioritise, validate: the blocks the diagnostic
scored lowest are the natural first drafts for the room to validate.  Blocks
without a score are left out (nothing says they are weak), and so are blocks
the workshop already has a priority for.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from exports.wheel.mission import mission_wheel
from storage.database import Database

AGENDA_SIZE = 5


@dataclass(frozen=True)
class DraftPriority:
    """A block offered as a priority: its name, a title and why it was proposed."""

    block: str
    title: str
    description: str
    score: float


def proposed_agenda(
    db: Database,
    mission_uuid: str,
    *,
    language: str | None = None,
    exclude: Collection[str] = (),
    size: int = AGENDA_SIZE,
) -> list[DraftPriority]:
    """The ``size`` lowest-scored blocks of the mission's wheel, weakest first.

    Raises ``UserError`` when the mission has no diagnostic feeding a wheel.
    """
    found = mission_wheel(db, mission_uuid)
    scored = [
        (score.score, block.order, block)
        for block in found.wheel.blocks
        if (score := found.current.blocks.get(block.name)) is not None
        and score.score is not None
        and block.name not in exclude
    ]
    scored.sort(key=lambda item: (item[0], item[1]))
    return [
        DraftPriority(
            block=block.name,
            title=block.label(language),
            description=_why(value, block.target),
            score=value,
        )
        for value, _order, block in scored[:size]
    ]


def _why(score: float, target: float | None) -> str:
    aim = f", target {target:g}" if target is not None else ""
    return f"Proposed from the diagnostic: the wheel scores this block {score:.1f} of 5{aim}."
