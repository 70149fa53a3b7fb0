"""A mission's wheel: its diagnostics combined, with the baseline and the spread.

A mission usually holds several diagnostics of one wheel form (one per
stakeholder group) and sometimes an earlier round.  The form says which
question names the round (metadata ``wheel_round``): answers with its last
choice are the current round, earlier choices the baseline.  Without such a
question every submission counts as current.  Nothing here knows the
built-in forms by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exports.wheel.tallies import Tally, mission_tallies
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
from forms.xlsform.load import load_form_bytes
from storage.database import Database
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

    One query tallies every answer of the mission's submissions of that form
    (``tallies``), and respondents are scored block by block in columns: a
    wheel over 10⁴ respondents takes about a second, with the numbers
    ``score``, ``combine`` and ``aggregate`` give one respondent at a time.
    """
    mission = db.mission(mission_uuid)
    form, submissions = _wheel_submissions(db, mission)
    wheel = Wheel.from_form(form)
    assert wheel is not None  # _wheel_submissions only returns forms with a wheel
    round_question = _round_question(form)
    found = mission_tallies(
        db, mission.uuid, form.id, form.version, wheel, round_question and round_question.path
    )
    earlier_round = _earlier_round(form, round_question)
    current: list[Tally] = []
    earlier: list[Tally] = []
    for submission in submissions:
        tally = found.get(submission["uuid"], Tally())
        (earlier if earlier_round(tally.others) else current).append(tally)
    if not current:
        current, earlier = earlier, []
    current_columns = _columns(wheel, current)
    spread = aggregate_columns(wheel, current_columns, len(current)) if len(current) > 1 else None
    return MissionWheel(
        mission=mission,
        form=form,
        wheel=wheel,
        current=combine_columns(wheel, current_columns),
        spread=spread,
        baseline=combine_columns(wheel, _columns(wheel, earlier)) if earlier else None,
        respondents=len(current),
        latest=max(submission["updated_at"] for submission in submissions)[:10],
    )


def _columns(wheel: Wheel, tallies: list[Tally]) -> dict[str, BlockColumn]:
    """Each block's score for every respondent, as ``score`` would give it."""
    owner = {
        question.path: (index, question.value, {})
        for index, block in enumerate(wheel.blocks)
        for question in block.questions
    }
    blocks = len(wheel.blocks)
    scores: list[list[float | None]] = [[] for _ in range(blocks)]
    answered = [0] * blocks
    for tally in tallies:
        others: list[list[float]] = [[] for _ in range(blocks)]
        for path, raw in tally.others.items():
            if path in owner:
                index, value_of, known = owner[path]
                value = known[raw] if raw in known else known.setdefault(raw, value_of(raw))
                if value is not None:
                    others[index].append(value)
        for index in range(blocks):
            count, total = tally.levels.get(index, (0, 0))
            scores[index].append(block_mean(total, count, others[index]))
            answered[index] += count + len(others[index])
    return {
        block.name: BlockColumn(
            scores=scores[index],
            answered=answered[index],
            total=len(block.questions) * len(tallies),
        )
        for index, block in enumerate(wheel.blocks)
    }


def _wheel_submissions(db: Database, mission: Mission) -> tuple[Form, list[dict]]:
    """The form with a scored wheel that most of the mission's submissions use.

    Only the columns the wheel needs are read: no answer counts, no rows of
    other forms' answers.
    """
    by_form: dict[tuple[str, str], list[dict]] = {}
    for submission in db.query(
        "SELECT uuid, form_id, form_version, updated_at FROM submissions"
        " WHERE mission_uuid = ? AND deleted_at IS NULL ORDER BY created_at, uuid",
        (mission.uuid,),
    ):
        key = (submission["form_id"], submission["form_version"])
        by_form.setdefault(key, []).append(submission)
    for (form_id, version), submissions in sorted(by_form.items(), key=lambda kv: -len(kv[1])):
        record = db.form_record(form_id, version)
        if record is None:
            continue
        form = load_form_bytes(record.source, record.source_name)
        wheel = Wheel.from_form(form)
        if wheel is not None and any(block.questions for block in wheel.blocks):
            return form, submissions
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
