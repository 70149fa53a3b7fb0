"""Whether a value may be stored as a question's answer: one check for every path that writes.

The filler, conflict resolution, accepted hand edits and imports all write
answers; each asks here, so "banana" is refused as a 1–5 maturity level
whichever way it arrives, with the question's own message.  Two strengths:
``value_problem`` looks at the value alone (type, choice list, whether the
question takes an answer at all) and holds for drafts too; ``answer_problems``
adds what FormState knows from the other answers (constraint, required), for
values chosen by a person who sees no form (a conflict, a spreadsheet cell).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from forms.errors import QT_TRANSLATE_NOOP, Phrase
from forms.model import Form, Question
from forms.state.changes import Problem
from forms.state.form_state import FormState

_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?(\d+\.?\d*|\.\d+)")
_SELECTS = ("select_one", "select_multiple")


@dataclass(frozen=True)
class AnswerProblem:
    """Why ``value`` cannot be ``path``'s answer; ``code`` names the rule it broke."""

    path: str
    code: str  # not-answer, type, choice, constraint or required
    phrase: Phrase
    """The sentence as a template and parameters, so the window can translate it."""

    @property
    def message(self) -> str:
        return str(self.phrase)


def value_problem(form: Form, path: str, value: str | None) -> AnswerProblem | None:
    """The problem with ``value`` on its own, or None; an empty value always fits."""
    question = form.node(path)
    if (
        not isinstance(question, Question)
        or question.calculate
        or question.read_only
        or question.type == "note"
    ):
        return AnswerProblem(
            path,
            "not-answer",
            Phrase(
                QT_TRANSLATE_NOOP("UserError", "{path} is not an answer that can be edited."),
                path=path,
            ),
        )
    if value is None or value == "":
        return None
    return _type_problem(form, question, path, value)


def _type_problem(form: Form, question: Question, path: str, value: str) -> AnswerProblem | None:
    kind = question.type
    label = _label(form, question)
    if kind == "integer" and not _INTEGER.fullmatch(value):
        return _problem(
            path,
            "type",
            QT_TRANSLATE_NOOP("UserError", "{label}: '{value}' is not a whole number."),
            label=label,
            value=value,
        )
    if kind == "decimal" and not _DECIMAL.fullmatch(value):
        return _problem(
            path,
            "type",
            QT_TRANSLATE_NOOP("UserError", "{label}: '{value}' is not a number."),
            label=label,
            value=value,
        )
    if kind == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return _problem(
                path,
                "type",
                QT_TRANSLATE_NOOP("UserError", "{label}: '{value}' is not a date (YYYY-MM-DD)."),
                label=label,
                value=value,
            )
    if kind in _SELECTS and question.choice_list:
        choices = form.choice_lists.get(question.choice_list)
        names = value.split() if kind == "select_multiple" else [value]
        unknown = [name for name in names if choices is not None and choices.get(name) is None]
        if unknown or (kind == "select_one" and len(value.split()) != 1):
            allowed = ", ".join(choice.name for choice in (choices.choices if choices else ()))
            return _problem(
                path,
                "choice",
                QT_TRANSLATE_NOOP(
                    "UserError", "{label}: '{value}' is not one of the choices ({allowed})."
                ),
                label=label,
                value=value,
                allowed=allowed,
            )
    return None


def answer_problems(
    form: Form,
    answers: Mapping[str, str],
    changed: Mapping[str, str | None],
    *,
    language: str | None = None,
) -> list[AnswerProblem]:
    """Every problem the changed values have, alone or beside ``answers``, in form order.

    Constraint and required failures count only for the changed paths: a draft
    may be incomplete elsewhere, and that is not this change's fault.
    """
    problems = [p for path, v in changed.items() if (p := value_problem(form, path, v))]
    if problems:
        return problems
    state = FormState(form, dict(answers), language=language)
    for path, value in changed.items():
        try:
            state.set(path, value)
        except KeyError:
            return [
                _problem(
                    path,
                    "not-answer",
                    QT_TRANSLATE_NOOP("UserError", "{path} is not in this submission."),
                    path=path,
                )
            ]
    return [
        AnswerProblem(problem.path, problem.code, _message(form, problem))
        for problem in state.validate()
        if problem.path in changed
    ]


def _problem(path: str, code: str, template: str, **params: str) -> AnswerProblem:
    return AnswerProblem(path, code, Phrase(template, **params))


def _message(form: Form, problem: Problem) -> Phrase:
    """The question's own message, led by its label so a reader knows which question."""
    fallback = (
        QT_TRANSLATE_NOOP("UserError", "This answer is required.")
        if problem.code == "required"
        else QT_TRANSLATE_NOOP("UserError", "Not allowed.")
    )
    question = form.node(problem.path)
    label = _label(form, question) if isinstance(question, Question) else problem.path
    return Phrase(
        QT_TRANSLATE_NOOP("UserError", "{label}: {message}"),
        label=label,
        message=problem.message or fallback,
    )


def _label(form: Form, question: Question) -> str:
    labels = question.labels
    return labels.get(form.default_language) or next(iter(labels.values()), question.name)
