"""Evaluating one dependency-graph key for every instance of its node.

Each function recomputes one kind of derived fact for all answer paths of a
form node, stores it on the state and records what differs in the pending
change set.  The return value says whether downstream keys must run.
Expressions that fail at evaluation time (external data, unsupported
functions) fall back to the neutral answer and leave a warning.
"""

from __future__ import annotations

import math
from typing import Any

from forms.errors import ExpressionError
from forms.expressions import Expression
from forms.model import Group, Node, Question
from forms.state.context import NodeContext, choice_row
from forms.state.paths import MAX_REPEAT_COUNT, parent_path
from forms.state.view import StateView

_NOT_ANSWERABLE = frozenset({"note", "calculate"})


def run(
    state: StateView,
    expression: Expression,
    node: Node,
    column: str,
    at: str,
    mode: str,
    fallback: Any,
    item: dict[str, str] | None = None,
) -> Any:
    """``expression.evaluate_<mode>`` at ``at``; on ExpressionError warn and return fallback."""
    try:
        return getattr(expression, f"evaluate_{mode}")(NodeContext(state, at, item))
    except ExpressionError as error:
        state.warn(node, column, error)
        return fallback


def _diff(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    return {path for path in old.keys() | new.keys() if old.get(path) != new.get(path)}


def relevant(state: StateView, node: Node) -> bool:
    expression = state.plan.expression(node, "relevant")
    parent = state.plan.parents[node.path]
    parents = state.relevance.get(parent.path, {}) if parent is not None else {}
    new: dict[str, bool] = {}
    for path in state.layout.expand(node.path):
        shown = parents.get(parent_path(path), True) if parent is not None else True
        if shown and expression is not None:
            shown = run(state, expression, node, "relevant", path, "boolean", True)
        new[path] = shown
    changed = _diff(state.relevance.get(node.path, {}), new)
    state.relevance[node.path] = new
    state.pending.visibility.update(changed)
    return bool(changed)


def value(state: StateView, question: Question) -> bool:
    """Recompute a calculation, then the values expressions see (empty when hidden)."""
    expression = state.plan.expression(question, "calculation")
    paths = state.layout.expand(question.path)
    if expression is not None:
        old = state.calculations.get(question.path, {})
        keep = old if expression.is_volatile else {}  # a uuid() is drawn once per instance
        new = {
            path: keep.get(path)
            or run(state, expression, question, "calculation", path, "string", "")
            for path in paths
        }
        state.pending.values.update(_diff(old, new))
        state.calculations[question.path] = new
    shown = state.relevance.get(question.path, {})
    effective = {path: (state.value(path) or "") if shown.get(path, True) else "" for path in paths}
    changed = effective != state.effective_values.get(question.path)
    state.effective_values[question.path] = effective
    return changed


def valid(state: StateView, question: Question) -> bool:
    required_expr = state.plan.expression(question, "required")
    constraint = state.plan.expression(question, "constraint")
    shown = state.relevance.get(question.path, {})
    required: dict[str, bool] = {}
    errors: dict[str, str] = {}
    for path in state.layout.expand(question.path):
        needed = (
            required_expr is not None
            and question.type not in _NOT_ANSWERABLE
            and run(state, required_expr, question, "required", path, "boolean", False)
        )
        required[path] = needed
        if not shown.get(path, True):
            continue
        if not state.value(path):
            if needed:
                errors[path] = "required"
        elif constraint is not None and not run(
            state, constraint, question, "constraint", path, "boolean", True
        ):
            errors[path] = "constraint"
    changed = _diff(state.errors.get(question.path, {}), errors) | _diff(
        state.requirements.get(question.path, {}), required
    )
    state.errors[question.path] = errors
    state.requirements[question.path] = required
    state.pending.validity.update(changed)
    return bool(changed)


def choices(state: StateView, question: Question) -> bool:
    expression = state.plan.expression(question, "choice_filter")
    choice_list = state.form.choice_lists.get(question.choice_list or "")
    new: dict[str, tuple[str, ...]] = {}
    for path in state.layout.expand(question.path):
        if expression is None or choice_list is None:
            new[path] = tuple(choice.name for choice in choice_list.choices) if choice_list else ()
            continue
        rows = (
            (c, choice_row(c, state.language, state.form.default_language))
            for c in choice_list.choices
        )
        new[path] = tuple(
            choice.name
            for choice, row in rows
            if run(state, expression, question, "choice_filter", path, "boolean", True, row)
        )
    changed = _diff(state.choice_names.get(question.path, {}), new)
    state.choice_names[question.path] = new
    state.pending.choices.update(changed)
    return bool(changed)


def count(state: StateView, repeat: Group) -> bool:
    """Instances of a repeat_count repeat; user-driven repeats just pass the change on."""
    expression = state.plan.expression(repeat, "repeat_count")
    if expression is None:
        return True
    changed = False
    for key in list(state.layout.repeat_keys(repeat)):
        number = run(state, expression, repeat, "repeat_count", key, "number", 0.0)
        wanted = int(number) if math.isfinite(number) else 0
        wanted = min(max(wanted, 0), MAX_REPEAT_COUNT)
        have = state.layout.count(key, repeat)
        if wanted != have:
            state.resize(key, have, wanted)
            changed = True
    return changed
