"""A mission's wheel answers in one query, summed per respondent and block inside SQLite.

A wheel over 10⁴ respondents reads 10⁵–10⁶ answers.  Handing each one to
Python as a row costs more than reading it (a tuple and three strings per
answer, then a loop), so SQLite does the counting: each plain maturity
level ("1" to "5", whose value is the level itself) becomes one character
coding its question and level, and a respondent's characters are concatenated
into one string; numpy unpacks all of them at once into counts and sums per
respondent and block.  The same strings give back each respondent's answers
(``WheelAnswers.answers``) for the window's block details, so the window
reads them in the same one query.  Everything else (scaled indicators, any other text of
a maturity question, the round question) comes back as given, a few per
respondent, to be valued by ``WheelQuestion.value``.
``forms.wheel.scores.block_mean`` turns a block's count, sum and other
values into exactly the score ``score`` gives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from forms.wheel.structure import Wheel
from storage.database import Database

_BASE = 0x10000
"""First code point of a level's character: above every surrogate, so any question index fits."""
_ANSWERS = (
    "WITH wanted(path, question) AS MATERIALIZED (SELECT key, value FROM json_each(?2))"
    " SELECT min(uuid),"
    " group_concat(CASE WHEN level IS NOT NULL THEN char(?1 + question * 8 + level) END, ''),"
    " group_concat(CASE WHEN level IS NULL THEN json_array(path, value) END)"
    " FROM (SELECT s.rowid AS respondent, s.uuid AS uuid, a.path AS path, a.value AS value,"
    " q.question AS question,"
    " CASE WHEN q.question >= 0 THEN CASE a.value WHEN '1' THEN 1 WHEN '2' THEN 2"
    " WHEN '3' THEN 3 WHEN '4' THEN 4 WHEN '5' THEN 5 END END AS level"
    " FROM submissions s CROSS JOIN wanted q CROSS JOIN answers a"
    " ON a.submission_uuid = s.uuid AND a.path = q.path"
    " WHERE s.mission_uuid = ?3 AND s.form_id = ?4 AND s.form_version = ?5"
    " AND s.deleted_at IS NULL AND a.value IS NOT NULL)"
    " GROUP BY respondent"
)
"""The loops run submission, then wanted question (parsed once), then one primary-key
look-up of its answer (``CROSS JOIN`` fixes that order), so the rows of a submission
arrive together and ``GROUP BY`` needs no sorting."""
_LEVELS = frozenset("12345")
_PLAIN_ANSWERS = (
    "SELECT s.uuid, a.path, a.value FROM submissions s"
    " JOIN answers a ON a.submission_uuid = s.uuid"
    " WHERE s.mission_uuid = ? AND s.form_id = ? AND s.form_version = ?"
    " AND s.deleted_at IS NULL AND a.value IS NOT NULL ORDER BY s.uuid"
)
"""The same answers in portable SQL, for a server, where the network rather than the
rows is the cost: grouped in Python into the rows ``_ANSWERS`` gives."""
_PLAIN_QUESTION = -1
"""``wanted``'s mark of a question whose answers come back as given, not as a level."""


@dataclass(frozen=True)
class WheelAnswers:
    """Every respondent's wheel answers: plain levels per block, everything else as given.

    Row ``i`` of ``counts`` and ``sums``, ``levels[i]`` and ``others[i]`` are one respondent,
    submission ``uuids[i]`` (rows past ``len(uuids)`` are respondents without any answer read).
    """

    counts: np.ndarray
    """(respondents, blocks): how many plain levels each respondent gave in each block."""
    sums: np.ndarray
    """(respondents, blocks): their sum."""
    others: list[dict[str, str]]
    """Question path -> raw answer, for answers that are not a plain level."""
    uuids: list[str]
    levels: list[str]
    """Each respondent's plain levels, one character per answer (question and level)."""
    questions: tuple[str, ...]
    """The question path of each index the characters of ``levels`` code."""

    def answers(self, row: int) -> dict[str, str]:
        """Respondent ``row``'s answers as stored, path -> value (only the questions read)."""
        codes = [ord(character) - _BASE for character in self.levels[row]]
        found = {self.questions[code // 8]: str(code % 8) for code in codes}
        found.update(self.others[row])
        return found


def mission_answers(
    db: Database,
    mission_uuid: str,
    form_id: str,
    version: str,
    wheel: Wheel,
    extra: Iterable[str],
    respondents: int,
) -> WheelAnswers:
    """The wheel answers of every live submission of the form in the mission.

    ``extra`` names more questions to keep as given (the round question, the group).
    ``respondents`` is how many such submissions there are: those without
    any wheel answer come last, with nothing in them.
    """
    questions = tuple(question.path for block in wheel.blocks for question in block.questions)
    block_of = np.array(
        [index for index, block in enumerate(wheel.blocks) for _question in block.questions],
        dtype=np.int64,
    )
    wanted = {
        question.path: index if question.minimum is None else _PLAIN_QUESTION
        for index, question in enumerate(q for block in wheel.blocks for q in block.questions)
    }
    wanted.update(dict.fromkeys(extra, _PLAIN_QUESTION))
    if db.kind == "sqlite":
        rows = db.rows(_ANSWERS, (_BASE, json.dumps(wanted), mission_uuid, form_id, version))
    else:
        plain = db.rows(_PLAIN_ANSWERS, (mission_uuid, form_id, version))
        rows = _grouped(plain, wanted)
    size = max(respondents, len(rows))
    levels = [row[1] or "" for row in rows]
    codes = np.frombuffer("".join(levels).encode("utf-32-le"), dtype=np.uint32) - _BASE
    who = np.repeat(np.arange(len(rows)), [len(text) for text in levels])
    cells = who * len(wheel.blocks) + block_of[codes // 8]
    shape = (size, len(wheel.blocks))
    counts = np.bincount(cells, minlength=shape[0] * shape[1]).reshape(shape)
    sums = np.bincount(cells, weights=codes % 8, minlength=shape[0] * shape[1])
    others = [dict(json.loads(f"[{row[2]}]")) if row[2] else {} for row in rows]
    others += [{} for _ in range(size - len(rows))]
    levels += ["" for _ in range(size - len(rows))]
    sums = sums.astype(np.int64).reshape(shape)
    return WheelAnswers(counts, sums, others, [row[0] for row in rows], levels, questions)


def _grouped(plain: list[tuple], wanted: dict[str, int]) -> list[tuple[str, str, str | None]]:
    """``_ANSWERS``'s rows from (submission, path, value) rows sorted by submission."""
    rows: list[tuple[str, str, str | None]] = []
    current, levels, others = None, [], []
    for submission, path, value in plain:
        question = wanted.get(path)
        if question is None:
            continue
        if submission != current and current is not None and (levels or others):
            rows.append((current, "".join(levels), ",".join(others) or None))
            levels, others = [], []
        current = submission
        if question >= 0 and value in _LEVELS:
            levels.append(chr(_BASE + question * 8 + int(value)))
        else:
            others.append(json.dumps([path, value]))
    if levels or others:
        rows.append((current, "".join(levels), ",".join(others) or None))
    return rows
