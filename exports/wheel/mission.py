"""A mission's wheel: its diagnostics combined, with the baseline and the spread.

A mission usually holds several diagnostics of one wheel form (one per
stakeholder group) and sometimes an earlier round.  The form says which
question names the round (metadata ``wheel_round``): answers with its last
choice are the current round, earlier choices the baseline.  Without such a
question every submission counts as current.  Nothing here knows the
built-in forms by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from exports.wheel.tallies import WheelAnswers, mission_answers
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import Form, Question
from forms.wheel.scores import (
    AggregateScores,
    BlockColumn,
    WheelScores,
    aggregate_columns,
    block_mean,
    combine_columns,
)
from forms.wheel.structure import Wheel, language_code
from storage.database import Database
from storage.editing import parse_stored_form
from storage.records import Mission
from storage.validation import country_name

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class MissionWheel:
    """Everything a chart or a scores table of one mission needs."""

    mission: Mission
    form: Form
    wheel: Wheel
    current: WheelScores
    spread: AggregateScores | None
    baseline: WheelScores | None
    respondents: int
    latest: str


def mission_wheel(db: Database, mission_uuid: str) -> MissionWheel:
    """Combine the mission's submissions of the form that declares a wheel.

    One query reads the wheel answers of the mission's submissions of that
    form, summed per respondent and block (``tallies``), and respondents are
    scored block by block in columns: the numbers ``score``, ``combine`` and
    ``aggregate`` give one respondent at a time, for 10⁴ respondents in
    about the time SQLite takes to read their answers.
    """
    return mission_wheel_and_answers(db, mission_uuid)[0]


def mission_wheel_and_answers(
    db: Database, mission_uuid: str, also: Iterable[str] = ()
) -> tuple[MissionWheel, WheelAnswers]:
    """``mission_wheel`` and the answers it was scored from, read in the same one query.

    ``also`` names more questions (by name, where the form has them) whose
    answers to read as given: the window shows each respondent's group.
    """
    mission = db.mission(mission_uuid)
    form, respondents, latest = _wheel_form(db, mission)
    wheel = Wheel.from_form(form)
    assert wheel is not None  # _wheel_form only returns forms with a wheel
    round_question = _round_question(form)
    found = mission_answers(
        db,
        mission.uuid,
        form.id,
        form.version,
        wheel,
        [
            *(node.path for name in also if (node := form.by_name(name)) is not None),
            *([round_question.path] if round_question else []),
        ],
        respondents,
    )
    earlier_round = _earlier_round(form, round_question)
    in_earlier = np.array([earlier_round(others) for others in found.others], dtype=bool)
    current, earlier = np.flatnonzero(~in_earlier), np.flatnonzero(in_earlier)
    if not len(current):
        current, earlier = earlier, current
    current_columns = _columns(wheel, found, current)
    spread = aggregate_columns(wheel, current_columns, len(current)) if len(current) > 1 else None
    combined = MissionWheel(
        mission=mission,
        form=form,
        wheel=wheel,
        current=combine_columns(wheel, current_columns),
        spread=spread,
        baseline=combine_columns(wheel, _columns(wheel, found, earlier)) if len(earlier) else None,
        respondents=len(current),
        latest=latest[:10],
    )
    return combined, found


def _columns(wheel: Wheel, found: WheelAnswers, chosen: np.ndarray) -> dict[str, BlockColumn]:
    """Each block's score for the ``chosen`` respondents, as ``score`` would give it.

    A block of plain levels alone scores their sum over their count (what
    ``block_mean`` computes for it, division for division); a respondent's
    other answers are valued one by one and their blocks scored by
    ``block_mean``.
    """
    counts, sums = found.counts[chosen], found.sums[chosen]
    with np.errstate(divide="ignore", invalid="ignore"):
        means = (sums / counts).T.tolist()
    scores = [
        [mean if count else None for mean, count in zip(block_means, block_counts, strict=True)]
        for block_means, block_counts in zip(means, counts.T.tolist(), strict=True)
    ]
    answered = counts.sum(axis=0).tolist()
    owner = {
        question.path: (index, question.value, {})
        for index, block in enumerate(wheel.blocks)
        for question in block.questions
    }
    for row, respondent in enumerate(chosen.tolist()):
        others: dict[int, list[float]] = {}
        for path, raw in found.others[respondent].items():
            if path in owner:
                index, value_of, known = owner[path]
                value = known[raw] if raw in known else known.setdefault(raw, value_of(raw))
                if value is not None:
                    others.setdefault(index, []).append(value)
        for index, values in others.items():
            level_sum, level_count = int(sums[row, index]), int(counts[row, index])
            scores[index][row] = block_mean(level_sum, level_count, values)
            answered[index] += len(values)
    return {
        block.name: BlockColumn(
            scores=scores[index],
            answered=answered[index],
            total=len(block.questions) * len(chosen),
        )
        for index, block in enumerate(wheel.blocks)
    }


def _wheel_form(db: Database, mission: Mission) -> tuple[Form, int, str]:
    """The form with a scored wheel that most of the mission's submissions use.

    With how many live submissions use it and when the last of them
    changed; a tie goes to the form the mission used first.
    """
    versions = db.rows(
        "SELECT form_id, form_version, count(*), max(updated_at) FROM submissions"
        " WHERE mission_uuid = ? AND deleted_at IS NULL GROUP BY form_id, form_version"
        " ORDER BY count(*) DESC, min(created_at), min(uuid)",
        (mission.uuid,),
    )
    for form_id, version, respondents, latest in versions:
        record = db.form_record(form_id, version)
        if record is None:
            continue
        form = parse_stored_form(record.source, record.source_name)
        wheel = Wheel.from_form(form)
        if wheel is not None and any(block.questions for block in wheel.blocks):
            return form, respondents, latest
    raise UserError(
        "no-wheel",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The mission {mission!r} has no submission of a form that feeds the "
            "wheel; fill a diagnostic first.",
        ),
        mission=mission.title,
    )


def _round_question(form: Form) -> Question | None:
    return next((q for q in form.questions() if q.metadata.get("wheel_round")), None)


def _earlier_round(form: Form, question: Question | None) -> Callable[[dict[str, str]], bool]:
    """Whether answers name a round before the list's last (current) one."""
    if question is None or question.choice_list not in form.choice_lists:
        return lambda _answers: False
    names = [choice.name for choice in form.choice_lists[question.choice_list].choices]
    earlier = frozenset(names[:-1])
    path = question.path
    return lambda answers: answers.get(path) in earlier


def mission_figure(mission_wheel: MissionWheel, language: str | None = None) -> Figure:
    """The mission's chart: current round, target, baseline and group spread overlaid."""
    from exports.wheel.chart import build_wheel_figure

    code = language_code(language)
    mission = mission_wheel.mission
    # The date is isolated left-to-right so an Arabic subtitle keeps it as 2026-11-23.
    subtitle = f"{country_name(mission.country, code)} · \u2066{mission_wheel.latest}\u2069"
    return build_wheel_figure(
        mission_wheel.wheel,
        mission_wheel.current,
        language=language,
        subtitle=subtitle,
        baseline=mission_wheel.baseline,
        spread=mission_wheel.spread,
    )


def round_submissions(db: Database, combined: MissionWheel) -> tuple[list, list]:
    """The wheel form's submissions split as ``mission_wheel`` splits them: current, earlier.

    The report lists each respondent beside the combined scores, so it must
    put every interview in the same round the combined numbers did: answers
    naming any choice of the round question but its last are earlier.
    """
    form = combined.form
    question = _round_question(form)
    choices = form.choice_lists.get(question.choice_list or "") if question else None
    earlier_names = {c.name for c in choices.choices[:-1]} if choices else set()
    current, earlier = [], []
    for submission in db.submissions(combined.mission.uuid):
        if (submission.form_id, submission.form_version) != (form.id, form.version):
            continue
        value = db.answers(submission.uuid).get(question.path) if question else None
        (earlier if value in earlier_names else current).append(submission)
    return (current, earlier) if current else (earlier, [])
