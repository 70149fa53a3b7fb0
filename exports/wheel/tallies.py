"""A mission's wheel answers in one query, tallied per respondent and block.

A wheel over 10⁴ respondents reads 10⁵–10⁶ answers.  Most are plain maturity
levels ("1" to "5") whose value is the level itself, so they are only
counted and summed per respondent and block; the rest (scaled indicators,
any other text of a maturity question, the round question) are kept as given
to be valued by ``WheelQuestion.value``.  ``forms.wheel.scores.block_mean``
turns a tally into exactly the score ``score`` gives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from forms.wheel.structure import LEVELS, Wheel
from storage.database import Database

_ANSWERS = (
    "SELECT a.submission_uuid, a.path, a.value FROM submissions s"
    " JOIN answers a ON a.submission_uuid = s.uuid"
    " WHERE s.mission_uuid = ? AND s.form_id = ? AND s.form_version = ?"
    " AND s.deleted_at IS NULL AND a.value IS NOT NULL"
    " AND a.path IN (SELECT value FROM json_each(?))"
)
_LEVEL_VALUES = {level: int(level) for level in LEVELS}


@dataclass
class Tally:
    """One respondent's wheel answers: plain levels per block, everything else as given."""

    levels: dict[int, list[int]] = field(default_factory=dict)
    """Block index -> [how many plain levels, their sum]."""
    others: dict[str, str] = field(default_factory=dict)
    """Question path -> raw answer, for answers that are not a plain level."""


def mission_tallies(
    db: Database, mission_uuid: str, form_id: str, version: str, wheel: Wheel, extra: str | None
) -> dict[str, Tally]:
    """Tallies of every live submission of the form in the mission, by submission uuid.

    ``extra`` names one more question to keep as given (the round question).
    A submission without any such answer is absent.
    """
    plain = {
        question.path: index
        for index, block in enumerate(wheel.blocks)
        for question in block.questions
        if question.minimum is None and question.path != extra
    }
    paths = {question.path for block in wheel.blocks for question in block.questions}
    if extra is not None:
        paths.add(extra)
    rows = db.rows(_ANSWERS, (mission_uuid, form_id, version, json.dumps(sorted(paths))))
    tallies: dict[str, Tally] = {}
    for who, path, value in rows:
        tally = tallies.get(who)
        if tally is None:
            tally = tallies[who] = Tally()
        index = plain.get(path)
        level = _LEVEL_VALUES.get(value) if index is not None else None
        if level is None:
            tally.others[path] = value
            continue
        counts = tally.levels.get(index)
        if counts is None:
            tally.levels[index] = [1, level]
        else:
            counts[0] += 1
            counts[1] += level
    return tallies
