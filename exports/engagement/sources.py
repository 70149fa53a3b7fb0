"""Reading a mission's engagement forms: which submissions, which repeat rows.

The pledge register, the validation workshop and the monitoring round are
recognised by the questions they carry (``pledge_block``, ``priority_block``,
``kpi_block``), not by form id, so a country's revised copy of a built-in
form (another id or version) still feeds the views.  Drafts count, as they
do for the wheel: a register half typed in is what the mission knows so far.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from exports.wheel.mission import MissionWheel, mission_wheel
from forms.errors import UserError
from forms.model import Form, Group
from forms.wheel.structure import Wheel
from storage.database import Database
from storage.editing import parse_stored_form
from storage.records import Mission, Submission


@dataclass(frozen=True)
class FilledForm:
    """One submission of a form that has the repeat we look for, with its rows."""

    submission: Submission
    form: Form
    answers: dict[str, str]
    repeat: str
    """Path of the repeat group (``pledges``, ``priorities``, ``kpis``)."""

    def rows(self) -> list[dict[str, str]]:
        """The repeat's instances in order, each as question name -> canonical answer."""
        return repeat_rows(self.answers, self.repeat)

    def value(self, name: str) -> str | None:
        """The answer to a question outside the repeat, found by its name."""
        node = self.form.by_name(name)
        if node is None:
            return None
        return self.answers.get(node.path) or None


def repeat_rows(answers: dict[str, str], repeat: str) -> list[dict[str, str]]:
    """Rows of a repeat from answers keyed ``repeat[n]/name``, ordered by position.

    Positions need not be contiguous (a removed instance leaves a hole in
    what an import delivered), so rows are sorted, never indexed.
    """
    pattern = re.compile(re.escape(repeat) + r"\[(\d+)\]/([^/\[]+)$")
    rows: dict[int, dict[str, str]] = {}
    for path, value in answers.items():
        match = pattern.fullmatch(path)
        if match and value not in (None, ""):
            rows.setdefault(int(match.group(1)), {})[match.group(2)] = value
    return [rows[position] for position in sorted(rows)]


def filled_forms(db: Database, mission: Mission, marker: str) -> list[FilledForm]:
    """The mission's submissions whose form has a repeat holding a question named ``marker``."""
    found: list[FilledForm] = []
    forms: dict[tuple[str, str], tuple[Form, str] | None] = {}
    for submission in db.submissions(mission.uuid):
        key = (submission.form_id, submission.form_version)
        if key not in forms:
            forms[key] = _form_with(db, key, marker)
        if forms[key] is None:
            continue
        form, repeat = forms[key]
        answers = db.answers(submission.uuid)
        found.append(FilledForm(submission, form, answers, repeat))
    return found


def _form_with(db: Database, key: tuple[str, str], marker: str) -> tuple[Form, str] | None:
    record = db.form_record(*key)
    if record is None:
        return None
    form = parse_stored_form(record.source, record.source_name)
    for group in _repeats(form):
        if any(getattr(child, "name", None) == marker for child in group.children):
            return form, group.path
    return None


def _repeats(form: Form) -> Iterator[Group]:
    for node in form.walk():
        if isinstance(node, Group) and node.repeat:
            yield node


def block_wheel(forms: list[FilledForm]) -> Wheel | None:
    """The wheel structure an engagement form declares (its ``wheel_blocks`` list)."""
    for filled in forms:
        wheel = Wheel.from_form(filled.form)
        if wheel is not None:
            return wheel
    return None


def mission_scores(db: Database, mission_uuid: str) -> MissionWheel | None:
    """The mission's combined wheel (``exports.wheel.mission``), or None without a diagnostic.

    The same numbers as the Wheel tab, never scored another way.
    """
    try:
        return mission_wheel(db, mission_uuid)
    except UserError as error:
        if error.code == "no-wheel":
            return None
        raise


def number(text: str | None) -> float | None:
    """A canonical decimal answer as a float; None when blank or not a number."""
    if text is None or not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        return None
