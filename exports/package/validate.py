"""Checking hand edits against the form before they are taken as someone's edits.

A person typing into a spreadsheet gets none of the checks the form filler
gives, so each accepted edit is checked here: the cell must belong to a
question that takes an answer, the value must fit the question's type, and
FormState must accept it (constraints, choice filters) given the rest of
that submission's answers (``forms.answer_rules``, the check every path that
writes an answer makes).  The first problem refuses the whole import.
"""

from __future__ import annotations

from collections.abc import Mapping

from exports.package.content import ANSWERS, FORMS, SUBMISSIONS
from exports.package.read import Package
from exports.package.safety import PackageError
from forms.answer_rules import answer_problems, value_problem
from forms.errors import QT_TRANSLATE_NOOP
from storage.editing import parse_stored_form

REMEMBERED = 4_096
"""Answers remembered as checked: enough for every choice of a form, bounded however large
the package."""


class EditRejectedError(PackageError):
    """An accepted hand edit does not fit its question."""


def validate_edits(
    package: Package,
    edits: Mapping[tuple[str, str], str | None],
    refs: Mapping[tuple[str, str], str],
) -> None:
    """Raise EditRejectedError naming the cell of the first edit the form does not allow."""
    forms = {
        (f["form_id"], f["version"]): (f["source"], f["source_name"])
        for f in package.tables[FORMS.sheet]
    }
    submissions = {s["uuid"]: s for s in package.tables[SUBMISSIONS.sheet]}
    by_submission: dict[str, dict[str, str | None]] = {}
    for (uuid, path), value in edits.items():
        by_submission.setdefault(uuid, {})[path] = value
    answers: dict[str, dict[str, str]] = {}
    for answer in package.tables[ANSWERS.sheet]:
        if answer["value"] is not None and answer["submission_uuid"] in by_submission:
            answers.setdefault(answer["submission_uuid"], {})[answer["path"]] = answer["value"]
    for uuid, changed in by_submission.items():
        submission = submissions[uuid]
        form = parse_stored_form(*forms[(submission["form_id"], submission["form_version"])])
        stored = answers.get(uuid, {})
        for problem in answer_problems(form, stored, changed)[:1]:
            ref = refs[(uuid, problem.path)]
            old = stored.get(problem.path) or ""
            new = changed.get(problem.path) or ""
            code = "edit-not-answer" if problem.code == "not-answer" else "edit-invalid"
            raise EditRejectedError(
                code,
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{ref}: the hand edit from '{old}' to '{new}' is refused. {problem}",
                ),
                cell=ref,
                ref=ref,
                old=old,
                new=new,
                problem=problem.phrase,
            )


def validate_answers(package: Package) -> None:
    """Refuse a package carrying an answer its own form could never have stored.

    Every writer checks values on the way in, so such a value means a package
    from a faulty or forged source; it must not reach the wheel or HQ's data.
    """
    check = AnswerCheck(package)
    for answer in package.tables[ANSWERS.sheet]:
        check(answer["submission_uuid"], answer["path"], answer["value"])


class AnswerCheck:
    """``validate_answers`` one answer at a time, for a walk of the answers made anyway.

    The hand-edit check walks every answer (``edits.find_changes``); checking
    them as they pass there spares the import a walk of its own.
    """

    def __init__(self, package: Package) -> None:
        self._forms = {(f["form_id"], f["version"]): f for f in package.tables[FORMS.sheet]}
        self._form_of = {
            s["uuid"]: (s["form_id"], s["form_version"]) for s in package.tables[SUBMISSIONS.sheet]
        }
        self._checked: set[tuple] = set()

    def __call__(self, submission_uuid: str, path: str, value: str | None) -> None:
        key = self._form_of.get(submission_uuid)
        if key not in self._forms or value is None:
            return
        seen = (key, path, value)
        if seen in self._checked:  # thousands of respondents give the same few choices
            return
        if len(self._checked) == REMEMBERED:  # free texts never repeat: keep memory flat
            self._checked.clear()
        self._checked.add(seen)
        form = self._forms[key]
        problem = value_problem(parse_stored_form(form["source"], form["source_name"]), path, value)
        if problem is not None:
            raise EditRejectedError(
                "answer-invalid",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The package holds an answer its form does not allow, so nothing was "
                    "imported: {problem}",
                ),
                problem=problem.phrase,
            )
