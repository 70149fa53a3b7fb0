"""The compiled form: every expression once, and who depends on whom.

FormState keeps derived facts under *keys* ``(kind, form path)``:

- ``count``    instances of a repeat (repeat_count, or add/remove by the user)
- ``relevant`` whether a node is shown (own ``relevant`` and its parents')
- ``value``    a question's value as expressions see it (its calculation, or
               the answer; empty while not relevant)
- ``choices``  the choices left after ``choice_filter``
- ``valid``    required-ness and the constraint/required verdict

An edge ``a -> b`` means "b reads a".  ``order`` is a topological order in
which every key comes after what it reads (cycles, which ODK rejects and
``forms.state.cycles`` reports, are broken in form order), so an edit
re-evaluates only its downstream keys, each once, in that order.  A plan
depends only on the Form, so it is built once per Form and shared by every
FormState of it.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict, defaultdict
from collections.abc import Iterable

from forms.errors import ExpressionError
from forms.expressions import Expression, compile_expression
from forms.model import Form, Group, Node, Question
from forms.xlsform.expressions import FormExpression, node_expressions

Key = tuple[str, str]
KIND_ORDER = {"count": 0, "relevant": 1, "value": 2, "choices": 3, "valid": 4}
COLUMN_KIND = {
    "relevant": "relevant",
    "constraint": "valid",
    "required": "valid",
    "calculation": "value",
    "choice_filter": "choices",
    "repeat_count": "count",
}


class Plan:
    """Compiled expressions, dependency edges and evaluation order of one Form."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.parents: dict[str, Group | None] = {}
        self.expressions: dict[tuple[str, str], Expression] = {}
        self.problems: list[str] = []
        self.dependents: dict[Key, set[Key]] = defaultdict(set)
        keys: list[Key] = []
        for parent, node in _with_parents(form.children, None):
            self.parents[node.path] = parent
            keys.extend(_keys_of(node))
            for item in node_expressions(node):
                self._compile(item)
        for parent, node in _with_parents(form.children, None):
            self._link(node, parent)
        self.order: dict[Key, int] = _topological(keys, self.dependents)
        self.keys: list[Key] = sorted(keys, key=self.order.__getitem__)
        self.volatile: frozenset[str] = self._downstream_of_volatile()
        self._reads: dict[Key, set[Key]] | None = None
        self._upstream: dict[tuple[Key, ...], tuple[Key, ...]] = {}

    def upstream(self, targets: Iterable[Key]) -> tuple[Key, ...]:
        """``targets`` and every key they read, directly or through others, in ``order``.

        Evaluated in this order from the answers, these keys come out exactly as
        a full evaluation gives them: nothing outside the list can reach them.
        """
        if self._reads is None:
            self._reads = defaultdict(set)
            for source, readers in self.dependents.items():
                for reader in readers:
                    self._reads[reader].add(source)
        wanted = tuple(targets)
        known = self._upstream.get(wanted)
        if known is not None:  # an export asks for the same calculations per submission
            return known
        todo = [key for key in wanted if key in self.order]
        seen = set(todo)
        while todo:
            for source in self._reads.get(todo.pop(), ()):
                if source not in seen and source in self.order:
                    seen.add(source)
                    todo.append(source)
        keys = self._upstream[wanted] = tuple(sorted(seen, key=self.order.__getitem__))
        return keys

    @property
    def calculations(self) -> list[Key]:
        """The ``value`` key of every question with a calculation."""
        return [("value", path) for path, column in self.expressions if column == "calculation"]

    def _downstream_of_volatile(self) -> frozenset[str]:
        """Nodes whose calculation reads uuid()/now()/random(), directly or through others."""
        todo = [
            ("value", path)
            for (path, column), expression in self.expressions.items()
            if column == "calculation" and expression.is_volatile
        ]
        seen = set(todo)
        while todo:
            for target in self.dependents.get(todo.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return frozenset(path for kind, path in seen if kind == "value")

    def _compile(self, item: FormExpression) -> None:
        try:
            self.expressions[(item.node.path, item.column)] = compile_expression(item.text)
        except ExpressionError as error:
            self.problems.append(
                f"The {item.column} of '{item.node.name}' (row {item.node.row}) is ignored: "
                f"{error.message}"
            )

    def expression(self, node: Node, column: str) -> Expression | None:
        return self.expressions.get((node.path, column))

    def _link(self, node: Node, parent: Group | None) -> None:
        own = _keys_of(node)
        if parent is not None:
            self.dependents[("relevant", parent.path)].add(("relevant", node.path))
        if isinstance(node, Group) and node.repeat:
            self.dependents[("count", node.path)].add(("relevant", node.path))
        if isinstance(node, Question):
            for kind in ("value", "valid"):
                self.dependents[("relevant", node.path)].add((kind, node.path))
            self.dependents[("value", node.path)].add(("valid", node.path))
        ancestor = parent
        while ancestor is not None:  # new or removed instances touch everything inside
            if ancestor.repeat:
                self.dependents[("count", ancestor.path)].update(own)
            ancestor = self.parents[ancestor.path]
        for column, kind in COLUMN_KIND.items():
            expression = self.expression(node, column)
            if expression is not None:
                for source in self.sources(node, expression):
                    if source != (kind, node.path):
                        self.dependents[source].add((kind, node.path))

    def sources(self, node: Node, expression: Expression) -> set[Key]:
        """Keys an expression of ``node`` reads."""
        found = self.named_sources(node, expression)
        if expression.uses_current_node and isinstance(node, Question):
            found.add(("value", node.path))
        return found

    def named_sources(self, node: Node, expression: Expression) -> set[Key]:
        """Keys an expression reads by ``${name}`` or by path (``.`` and ``once()`` aside)."""
        found: set[Key] = set()
        for name in expression.references:
            target = self.form.by_name(name)
            if target is not None:
                found.add(_read_key(target))
        for text in expression.paths:
            target = self._static_path(node, text)
            if target is not None:
                found.add(_read_key(target))
        return found

    def _static_path(self, node: Node, text: str) -> Node | None:
        """The form node a path expression names, resolved from ``node``."""
        text = text.removeprefix("current()").lstrip() if text.startswith("current()") else text
        absolute = text.startswith("/")
        trail = [] if absolute else node.path.split("/")
        steps = [step for step in text.strip("/").split("/") if step]
        for step in steps[1:] if absolute else steps:
            if step == "..":
                if not trail:
                    return None
                trail.pop()
            elif step != ".":
                trail.append(step.split("[", 1)[0])
        return self.form.node("/".join(trail)) if trail else None


def _read_key(target: Node) -> Key:
    if isinstance(target, Group):
        return ("count" if target.repeat else "relevant", target.path)
    return ("value", target.path)


def _keys_of(node: Node) -> list[Key]:
    if isinstance(node, Group):
        return ([("count", node.path)] if node.repeat else []) + [("relevant", node.path)]
    keys: list[Key] = [("relevant", node.path), ("value", node.path), ("valid", node.path)]
    if node.choice_filter:
        keys.append(("choices", node.path))
    return keys


def _with_parents(
    children: Iterable[Node], parent: Group | None
) -> Iterable[tuple[Group | None, Node]]:
    for child in children:
        yield parent, child
        if isinstance(child, Group):
            yield from _with_parents(child.children, child)


def _topological(keys: list[Key], dependents: dict[Key, set[Key]]) -> dict[Key, int]:
    """Kahn's algorithm, ties broken by form order; keys left in a cycle go last."""
    rank = {key: index for index, key in enumerate(keys)}
    waiting = dict.fromkeys(keys, 0)
    for source, targets in dependents.items():
        for target in targets:
            if target in waiting and source in rank and source != target:
                waiting[target] += 1
    ready = [(rank[key], key) for key, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order: dict[Key, int] = {}
    while ready:
        _, key = heapq.heappop(ready)
        order[key] = len(order)
        for target in dependents.get(key, ()):
            if target in waiting and target != key:
                waiting[target] -= 1
                if waiting[target] == 0:
                    heapq.heappush(ready, (rank[target], target))
    for key in keys:
        order.setdefault(key, len(order))
    return order


_PLANS: OrderedDict[int, Plan] = OrderedDict()
_PLANS_KEPT = 8


def plan_for(form: Form) -> Plan:
    """The shared Plan of ``form``; Forms are immutable, so one plan serves all its states.

    A few recent plans are kept (keyed by identity, checked against the Form
    itself) so reopening a submission does not recompile the form.
    """
    plan = _PLANS.get(id(form))
    if plan is None or plan.form is not form:
        plan = Plan(form)
        _PLANS[id(form)] = plan
        while len(_PLANS) > _PLANS_KEPT:
            _PLANS.popitem(last=False)
    _PLANS.move_to_end(id(form))
    return plan
