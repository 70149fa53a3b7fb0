"""Multiple-choice answers: space-separated choice names, as ODK stores them."""

from __future__ import annotations

import math

from ..context import EvaluationContext
from ..values import Value, to_number, to_string
from .registry import function


def _choices(value: Value) -> list[str]:
    return to_string(value).split()


@function("selected", 2)
def _selected(ctx: EvaluationContext, answer: Value, choice: Value) -> bool:
    wanted = to_string(choice).strip()
    return wanted in _choices(answer)


function("is-selected", 2)(_selected)


@function("count-selected", 1)
def _count_selected(ctx: EvaluationContext, answer: Value) -> float:
    return float(len(_choices(answer)))


@function("selected-at", 2)
def _selected_at(ctx: EvaluationContext, answer: Value, index: Value) -> str:
    """The choice at 0-based ``index``, or '' outside the list."""
    number = to_number(index)
    if not math.isfinite(number):
        return ""
    position = math.trunc(number)
    choices = _choices(answer)
    return choices[position] if 0 <= position < len(choices) else ""


@function("jr:choice-name", 2)
def _choice_name(ctx: EvaluationContext, value: Value, question: Value) -> str:
    """The label of ``value``; ``question`` is the text '${q}' or a path to the question."""
    answer = to_string(value)
    if answer == "":
        return ""
    return ctx.choice_label(question_name(to_string(question)), answer)


def question_name(reference: str) -> str:
    """'q' from '${q}', '/data/group/q' or 'q'."""
    text = reference.strip()
    if text.startswith("${") and text.endswith("}"):
        return text[2:-1].strip()
    return text.rstrip("/").rsplit("/", 1)[-1]
