"""A mission's wheel: its diagnostics combined, with the baseline and the spread.

A mission usually holds several diagnostics of one wheel form (one per
stakeholder group) and sometimes an earlier round.  The form says which
question names the round (metadata ``wheel_round``): answers with its last
choice are the current round, earlier choices the baseline.  Without such a
question every submission counts as current.  Nothing here knows the
built-in forms by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from forms.errors import UserError
from forms.model import Form, Question
from forms.wheel.scores import AggregateScores, WheelScores, aggregate, combine, score
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
    """Combine the mission's submissions of the form that declares a wheel."""
    mission = db.mission(mission_uuid)
    form, submissions = _wheel_submissions(db, mission)
    wheel = Wheel.from_form(form)
    assert wheel is not None  # _wheel_submissions only returns forms with a wheel
    round_question = _round_question(form)
    current: list[WheelScores] = []
    earlier: list[WheelScores] = []
    for submission in submissions:
        answers = db.answers(submission.uuid)
        target = earlier if _is_earlier(form, round_question, answers) else current
        target.append(score(wheel, answers))
    if not current:
        current, earlier = earlier, []
    return MissionWheel(
        mission=mission,
        form=form,
        wheel=wheel,
        current=combine(wheel, current),
        spread=aggregate(wheel, current) if len(current) > 1 else None,
        baseline=combine(wheel, earlier) if earlier else None,
        respondents=len(current),
        latest=max(s.updated_at for s in submissions)[:10],
    )


def _wheel_submissions(db: Database, mission: Mission) -> tuple[Form, list]:
    """The form with a scored wheel that most of the mission's submissions use."""
    by_form: dict[tuple[str, str], list] = {}
    for submission in db.submissions(mission.uuid):
        by_form.setdefault((submission.form_id, submission.form_version), []).append(submission)
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
        f"The mission {mission.title!r} has no submission of a form that feeds the wheel; "
        "fill a diagnostic first.",
    )


def _round_question(form: Form) -> Question | None:
    return next((q for q in form.questions() if q.metadata.get("wheel_round")), None)


def _is_earlier(form: Form, question: Question | None, answers: dict[str, str]) -> bool:
    """True when the answer names a round before the list's last (current) one."""
    if question is None or question.choice_list not in form.choice_lists:
        return False
    value = answers.get(question.path)
    names = [choice.name for choice in form.choice_lists[question.choice_list].choices]
    return value in names[:-1]


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
