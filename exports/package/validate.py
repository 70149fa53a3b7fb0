"""Checking hand edits against the form before they are taken as someone's edits.

A person typing into a spreadsheet gets none of the checks the form filler
gives, so each accepted edit is checked here: the cell must belong to a
question that takes an answer, the value must fit the question's type, and
FormState must accept it (constraints, choice filters) given the rest of
that submission's answers.  Required-ness is not enforced: a draft may be
incomplete.  The first problem refuses the whole import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from exports.package.content import ANSWERS, FORMS, SUBMISSIONS, parse_form
from exports.package.read import Package
from exports.package.safety import PackageError
from forms.model import Form, Question
from forms.state.form_state import FormState

_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?(\d+\.?\d*|\.\d+)")


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
        form = parse_form(*forms[(submission["form_id"], submission["form_version"])])
        for path, value in changed.items():
            _check_type(form, path, value, refs[(uuid, path)])
        _check_state(form, answers.get(uuid, {}), changed, uuid, refs)


def _check_type(form: Form, path: str, value: str | None, ref: str) -> None:
    question = form.node(path)
    if not isinstance(question, Question) or question.calculate or question.read_only:
        raise EditRejectedError("edit-not-answer", f"{ref} is not an answer that can be edited.")
    if value is None:
        return
    problem = _type_problem(form, question, value)
    if problem:
        raise EditRejectedError("edit-invalid", f"{ref}: '{value}' {problem}.", cell=ref)


def _type_problem(form: Form, question: Question, value: str) -> str | None:
    kind = question.type
    if kind == "integer" and not _INTEGER.fullmatch(value):
        return "is not a whole number"
    if kind == "decimal" and not _DECIMAL.fullmatch(value):
        return "is not a number"
    if kind == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return "is not a date (YYYY-MM-DD)"
    if kind in ("select_one", "select_multiple") and question.choice_list:
        choice_list = form.choice_lists.get(question.choice_list)
        names = value.split() if kind == "select_multiple" else [value]
        unknown = [n for n in names if choice_list is not None and choice_list.get(n) is None]
        if unknown:
            return f"is not one of the choices of {question.choice_list}"
    return None


def _check_state(
    form: Form,
    answers: dict[str, str],
    changed: Mapping[str, str | None],
    uuid: str,
    refs: Mapping[tuple[str, str], str],
) -> None:
    state = FormState(form, answers)
    for path, value in changed.items():
        try:
            state.set(path, value)
        except KeyError as error:
            ref = refs[(uuid, path)]
            raise EditRejectedError(
                "edit-not-answer", f"{ref} cannot be edited here ({error})."
            ) from error
    for problem in state.validate():
        if problem.path in changed and problem.code == "constraint":
            ref = refs[(uuid, problem.path)]
            raise EditRejectedError("edit-invalid", f"{ref}: {problem.message}", cell=ref)
