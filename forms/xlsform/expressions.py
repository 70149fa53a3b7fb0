"""Every expression a form carries, with the sheet column it was written in.

``check_form`` compiles them all to report errors by row and column, and
FormState compiles the same list to build its dependency graph, so both
agree on what counts as an expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pyxform.utils import default_is_dynamic

from forms.model import Form, Group, Node, Question

PIPED = re.compile(r"\$\{[^}]*\}")
"""``${name}`` inside label, hint or message text."""


@dataclass(frozen=True)
class FormExpression:
    """One expression: the node it belongs to, its column (``relevant``...) and text."""

    node: Node
    column: str
    text: str


def default_is_expression(question: Question) -> bool:
    """pyxform's rule: a default with operators, calls or ``${}`` is evaluated."""
    return bool(question.default) and default_is_dynamic(question.default, question.type)


def node_expressions(node: Node) -> Iterator[FormExpression]:
    """The expressions of one node, in column order."""
    if isinstance(node, Group):
        for column, text in (("relevant", node.relevant), ("repeat_count", node.repeat_count)):
            if text:
                yield FormExpression(node, column, text)
        return
    columns = (
        ("relevant", node.relevant),
        ("constraint", node.constraint),
        ("required", node.required),
        ("calculation", node.calculate),
        ("choice_filter", node.choice_filter),
        ("default", node.default if default_is_expression(node) else None),
    )
    for column, text in columns:
        if text:
            yield FormExpression(node, column, text)


def piped_references(node: Node) -> Iterator[FormExpression]:
    """Each ``${name}`` written inside the node's label, hint or messages."""
    fields = [("label", node.labels)]
    if isinstance(node, Question):
        fields += [
            ("hint", node.hints),
            ("constraint_message", node.constraint_messages),
            ("required_message", node.required_messages),
        ]
    for column, texts in fields:
        seen: set[str] = set()
        for text in texts.values():
            for match in PIPED.findall(text):
                if match not in seen:
                    seen.add(match)
                    yield FormExpression(node, column, match)


def form_expressions(form: Form) -> Iterator[FormExpression]:
    """All expressions and piped references of the form, in form order."""
    for node in form.walk():
        yield from node_expressions(node)
        yield from piped_references(node)
