"""Dependency cycles in a form's logic, found on the Plan and refused as ODK refuses them.

JavaRosa will not load a form whose calculate, relevant or required
expressions depend on one another in a circle ("Cycle detected in form's
relevant and calculation logic!"), nor one where such an expression reads
its own question (a calculation ``. + 1``, a relevant ``. > 0``, a required
``${q} > 10`` on ``q``).  Fieldwheel finds the circles on the Plan's own
dependency graph, so what is refused is exactly what its evaluation could
not put in order, and each is worded with the rows and columns involved.

A constraint may read its own question (ODK allows ``. > 10``), and nothing
reads a constraint's verdict or the choices a ``choice_filter`` leaves, so
those two columns can never close a circle; ``once(.)`` keeps the stored
value and is not a self-reference either.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from forms.errors import QT_TRANSLATE_NOOP, FormError, Phrase
from forms.model import Form, Node
from forms.state.graph import KIND_ORDER, Key, Plan

_COLUMN_OF_KIND = {"value": "calculation", "relevant": "relevant", "count": "repeat_count"}
_SELF_COLUMNS = ("calculation", "required")
"""Columns whose reading their own question is a cycle for ODK but not an edge of the Plan."""
_STEPS_SHOWN = 6
"""A hostile form may build a circle of thousands of rows; the message names the first few."""


@dataclass(frozen=True)
class Link:
    """One step of a circle: ``node`` (through ``column``, if an expression) reads the next."""

    node: Node
    column: str | None
    text: str


@dataclass(frozen=True)
class Cycle:
    """One circle, starting at an expression, in reading order."""

    links: tuple[Link, ...]

    @property
    def first(self) -> Link:
        return self.links[0]

    @property
    def rows(self) -> list[int]:
        return sorted({link.node.row for link in self.links if link.node.row is not None})

    def describe(self) -> str:
        """``the calculation of 'a' (row 4) reads 'b'; the calculation of 'b' ...``."""
        steps = [link.text for link in self.links if link.text]
        if len(steps) > _STEPS_SHOWN:
            left = len(steps) - _STEPS_SHOWN + 1
            steps = [*steps[: _STEPS_SHOWN - 1], f"and {left:,} more steps lead back to the start"]
        return "; ".join(steps)

    def where(self) -> str:
        rows = [f"{row}" for row in self.rows]
        if len(rows) > _STEPS_SHOWN:
            rows = [*rows[: _STEPS_SHOWN - 1], f"{len(rows) - _STEPS_SHOWN + 1:,} more"]
        if len(rows) < 2:
            return f"sheet survey, row {''.join(rows) or '?'}"
        return f"sheet survey, rows {', '.join(rows[:-1])} and {rows[-1]}"


def find_cycles(plan: Plan) -> list[Cycle]:
    """Every circle in the form's logic, in form order."""
    reads: dict[Key, set[Key]] = {key: set() for key in plan.keys}
    for source, targets in plan.dependents.items():
        for target in targets:
            if target in reads and source in reads and source != target:
                reads[target].add(source)
    rank = {node.path: index for index, node in enumerate(plan.form.walk())}
    order = {key: (rank[key[1]], KIND_ORDER[key[0]]) for key in plan.keys}
    found = [_cycle_in(plan, component, reads, order) for component in _components(reads)]
    found += _self_references(plan)
    return sorted(found, key=lambda cycle: (cycle.first.node.row or 0, cycle.first.column or ""))


def cycle_error(form: Form, cycles: list[Cycle]) -> FormError:
    """The loader's refusal: the first circle in full, and how many more there are."""
    cycle = cycles[0]
    more = len(cycles) - 1
    tail: str | Phrase = ""
    if more == 1:
        tail = Phrase(
            QT_TRANSLATE_NOOP("UserError", " There is 1 more; check-form lists them all.")
        )
    elif more:
        tail = Phrase(
            QT_TRANSLATE_NOOP("UserError", " There are {more} more; check-form lists them all."),
            more=more,
        )
    return FormError(
        "form-cycle",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{form} cannot be used: its calculations and conditions depend on each "
            "other in a circle, which ODK refuses too ({where}): {circle}.{tail}",
        ),
        path=form.source_name,
        sheet="survey",
        row=cycle.first.node.row,
        column=cycle.first.column,
        rows=cycle.rows,
        form=form.source_name,
        where=cycle.where(),
        circle=cycle.describe(),
        tail=tail,
    )


def _self_references(plan: Plan) -> Iterable[Cycle]:
    for (path, column), expression in plan.expressions.items():
        if column not in _SELF_COLUMNS:
            continue
        node = plan.form.node(path)
        if node is None:
            continue
        if expression.reads_itself or ("value", path) in plan.named_sources(node, expression):
            text = f"the {column} of '{node.name}' (row {node.row}) reads '{node.name}' itself"
            yield Cycle((Link(node, column, text),))


def _cycle_in(
    plan: Plan, component: list[Key], reads: dict[Key, set[Key]], order: dict[Key, tuple[int, int]]
) -> Cycle:
    """A shortest circle through the component's first key, as links from an expression."""
    members = set(component)
    start = min(component, key=order.__getitem__)
    came_from: dict[Key, Key] = {}
    queue = deque([start])
    while queue and start not in came_from:
        key = queue.popleft()
        for source in sorted(reads[key] & members, key=order.__getitem__):
            if source not in came_from:
                came_from[source] = key
                queue.append(source)
    path = [came_from[start]]
    while path[-1] != start:
        path.append(came_from[path[-1]])
    path.reverse()  # start reads path[1], which reads path[2], ... which reads start
    links = [_link(plan, key, path[(index + 1) % len(path)]) for index, key in enumerate(path)]
    first = next((index for index, link in enumerate(links) if link.column), 0)
    return Cycle(tuple(links[first:] + links[:first]))


def _link(plan: Plan, key: Key, read: Key) -> Link:
    """How ``key`` comes to read ``read``: through its expression or the form's structure."""
    node = cast(Node, plan.form.node(key[1]))  # keys are made from the form's own nodes
    other = cast(Node, plan.form.node(read[1]))
    column = _COLUMN_OF_KIND.get(key[0])
    expression = plan.expression(node, column) if column else None
    if expression is not None and read in plan.sources(node, expression):
        itself = " itself" if other is node else ""
        return Link(
            node,
            column,
            f"the {column} of '{node.name}' (row {node.row}) reads '{other.name}'{itself}",
        )
    if read[0] == "count" and other is not node:
        return Link(node, None, f"'{node.name}' is inside the repeat '{other.name}'")
    if read[0] == "relevant" and other is not node:
        return Link(node, None, f"'{node.name}' is inside '{other.name}'")
    return Link(node, None, "")  # a question is empty while hidden: too obvious to say


def _components(reads: dict[Key, set[Key]]) -> list[list[Key]]:
    """Strongly connected components of more than one key (Tarjan, without recursion)."""
    index: dict[Key, int] = {}
    low: dict[Key, int] = {}
    stack: list[Key] = []
    on_stack: set[Key] = set()
    found: list[list[Key]] = []
    for root, sources in reads.items():
        if root in index:
            continue
        work = [(root, iter(sorted(sources)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            key, pending = work[-1]
            step = next(pending, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(reads[step]))))
                elif step in on_stack:
                    low[key] = min(low[key], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[key])
            if low[key] == index[key]:
                component = _pop_component(stack, on_stack, key)
                if len(component) > 1:
                    found.append(component)
    return found


def _pop_component(stack: list[Key], on_stack: set[Key], root: Key) -> list[Key]:
    component: list[Key] = []
    while True:
        key = stack.pop()
        on_stack.discard(key)
        component.append(key)
        if key == root:
            return component
