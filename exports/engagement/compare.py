"""Missions side by side: each block's score per mission, and how far each is from the first.

HQ compares partner countries, or the rounds of one country.  Every column
is a mission's wheel exactly as its Wheel tab combines it (median across
stakeholder groups, ``exports.wheel.mission``); with ``rounds`` a mission
also gives its baseline round as a column of its own, before its current
one.  Blocks are matched by name, in the first mission's wheel order; a
block one mission's form lacks, or nobody scored, is missing (None), and a
difference involving a missing score is missing too.
"""

from __future__ import annotations

from dataclasses import dataclass

from exports.wheel.mission import MissionWheel, mission_wheel
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.wheel.scores import WheelScores
from forms.wheel.structure import Wheel
from storage.database import Database
from storage.records import Mission

MAX_MISSIONS = 12


@dataclass(frozen=True)
class CompareColumn:
    """One wheel in the comparison: a mission's current round, or its baseline."""

    mission: Mission
    round: str
    """``current`` or ``baseline``."""
    scores: WheelScores
    respondents: int


@dataclass(frozen=True)
class CompareRow:
    """A block (or, with ``block`` None, the overall score) across the columns.

    ``differences[i]`` is column i minus the first column (0.0 for the first
    itself), None when either is missing.
    """

    block: str | None
    pillar: str | None
    values: tuple[float | None, ...]
    differences: tuple[float | None, ...]


@dataclass(frozen=True)
class Comparison:
    """The block × column table, the first column being the reference."""

    wheel: Wheel
    columns: tuple[CompareColumn, ...]
    rows: tuple[CompareRow, ...]
    overall: CompareRow


def compare_missions(db: Database, mission_uuids: list[str], *, rounds: bool = False) -> Comparison:
    """Compare the missions' wheels (and, with ``rounds``, their baselines) block by block."""
    uuids = list(dict.fromkeys(mission_uuids))
    if not uuids or (len(uuids) < 2 and not rounds):
        raise UserError(
            "compare-too-few",
            QT_TRANSLATE_NOOP("UserError", "Choose at least two missions to compare."),
        )
    if len(uuids) > MAX_MISSIONS:
        raise UserError(
            "compare-too-many",
            QT_TRANSLATE_NOOP(
                "UserError", "At most {most} missions can be compared at once; {count} were chosen."
            ),
            most=MAX_MISSIONS,
            count=len(uuids),
        )
    wheels = [mission_wheel(db, uuid) for uuid in uuids]
    columns = [column for combined in wheels for column in _columns(combined, rounds)]
    if len(columns) < 2:
        raise UserError(
            "compare-no-baseline",
            QT_TRANSLATE_NOOP(
                "UserError", "The mission {mission!r} has no baseline round to compare with."
            ),
            mission=wheels[0].mission.title,
        )
    wheel = wheels[0].wheel
    rows = tuple(
        _row(block.name, block.pillar, [c.scores.blocks.get(block.name) for c in columns])
        for block in wheel.blocks
    )
    overall_values = [c.scores.overall for c in columns]
    return Comparison(
        wheel=wheel,
        columns=tuple(columns),
        rows=rows,
        overall=CompareRow(None, None, tuple(overall_values), _differences(overall_values)),
    )


def missions_with_wheel(db: Database) -> list[str]:
    """The missions that have a diagnostic to compare (``compare --all``), oldest first."""
    found = []
    for mission in db.missions():
        try:
            mission_wheel(db, mission.uuid)
        except UserError as error:
            if error.code != "no-wheel":
                raise
            continue
        found.append(mission.uuid)
    return found


def _columns(combined: MissionWheel, rounds: bool) -> list[CompareColumn]:
    found = []
    if rounds and combined.baseline is not None:
        found.append(CompareColumn(combined.mission, "baseline", combined.baseline, 0))
    found.append(CompareColumn(combined.mission, "current", combined.current, combined.respondents))
    return found


def _row(block: str, pillar: str, scored) -> CompareRow:
    values = [found.score if found is not None else None for found in scored]
    return CompareRow(block, pillar, tuple(values), _differences(values))


def _differences(values: list[float | None]) -> tuple[float | None, ...]:
    first = values[0]
    return tuple(None if first is None or v is None else v - first for v in values)
