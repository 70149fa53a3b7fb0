"""Question type -> widget factory, so new types plug in without touching pages.

A factory receives the session, the question and its answer path and
returns a field, or None when the question is not shown to people (phone
metadata, unlabelled calculations).  Types with no factory fall back to the
"not supported on desktop yet" field, so an unknown type never breaks a form.
"""

from __future__ import annotations

from collections.abc import Callable

from forms.model import Question
from ui.filler.fields.base import QuestionField
from ui.filler.fields.choices import (
    LONG_LIST,
    AcknowledgeField,
    CheckboxField,
    ComboField,
    RadioField,
)
from ui.filler.fields.dates import DateField, DateTimeField, TimeField
from ui.filler.fields.display import CalculationField, NoteField, UnsupportedField
from ui.filler.fields.kinds import is_hidden
from ui.filler.fields.maturity import MaturityField, is_maturity
from ui.filler.fields.text import DecimalField, MultilineField, NumberField, TextField
from ui.shared.session import FillSession

FieldFactory = Callable[[FillSession, Question, str], QuestionField | None]


class FieldRegistry:
    """The factories the filler uses, keyed by XLSForm question type."""

    def __init__(self) -> None:
        self._factories: dict[str, FieldFactory] = {}

    def register(self, question_type: str, factory: FieldFactory) -> None:
        self._factories[question_type] = factory

    def create(self, session: FillSession, question: Question, path: str) -> QuestionField | None:
        """The widget for ``question`` at ``path``, or None if people never see it."""
        if is_hidden(question):
            return None
        if question.calculate and question.type != "calculate":
            return CalculationField(session, question, path)
        factory = self._factories.get(question.type, UnsupportedField)
        return factory(session, question, path)


def text_field(session: FillSession, question: Question, path: str) -> QuestionField:
    if "multiline" in question.appearance.split():
        return MultilineField(session, question, path)
    return TextField(session, question, path)


def select_one_field(session: FillSession, question: Question, path: str) -> QuestionField:
    choices = session.state.choices(path)
    appearance = set(question.appearance.split())
    if is_maturity(question, choices):
        return MaturityField(session, question, path)
    if len(choices) > LONG_LIST or appearance & {"minimal", "autocomplete", "search"}:
        return ComboField(session, question, path)
    return RadioField(session, question, path)


def calculate_field(session: FillSession, question: Question, path: str) -> QuestionField | None:
    """Only labelled calculations are meant for people; the rest are plumbing."""
    return CalculationField(session, question, path) if question.labels else None


def number_field(session: FillSession, question: Question, path: str) -> QuestionField:
    """``range`` follows its step: whole steps take integers, others decimals."""
    step = question.parameters.get("step", "1")
    whole = question.type == "integer" or (question.type == "range" and "." not in step)
    return (NumberField if whole else DecimalField)(session, question, path)


def default_registry() -> FieldRegistry:
    """Every widget family Fieldwheel ships, one registration per question type."""
    registry = FieldRegistry()
    registry.register("text", text_field)
    registry.register("string", text_field)
    for number in ("integer", "int", "decimal", "range"):
        registry.register(number, number_field)
    registry.register("date", DateField)
    registry.register("time", TimeField)
    registry.register("datetime", DateTimeField)
    registry.register("dateTime", DateTimeField)
    registry.register("select_one", select_one_field)
    registry.register("select_multiple", CheckboxField)
    registry.register("acknowledge", AcknowledgeField)
    registry.register("trigger", AcknowledgeField)
    registry.register("note", NoteField)
    registry.register("calculate", calculate_field)
    return registry
