"""FormState: one submission being filled in, with everything derived from it.

Answers are canonical text keyed by answer path (``hh/members[2]/age``).
Relevance, required-ness, validity, calculations, filtered choices and
repeat counts are derived and kept up to date incrementally: ``set`` seeds
the dependency graph (``forms.state.graph``) with the edited question and
re-evaluates only the keys downstream of it, in topological order, stopping
wherever a result did not change.  ``reevaluate_all`` recomputes everything
and must always agree; the property tests check exactly that.

A new submission (``answers=None``) gets the form's defaults; a loaded one
(any mapping, even empty) does not, so a cleared default stays cleared.
User-driven repeats start with one instance, or as many as the answers
show; ``repeat_counts`` restores exact counts (e.g. an empty last instance).
"""

from __future__ import annotations

import datetime
import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping

from forms.errors import ExpressionError
from forms.model import Choice, Form, Group, Node, Question, Texts, strip_positions
from forms.state import evaluation as state_eval
from forms.state.changes import Changes, PendingChanges, Problem
from forms.state.context import NodeContext
from forms.state.graph import Key, plan_for
from forms.state.paths import (
    Layout,
    inferred_counts,
    parent_path,
    positions,
    repeat_key,
    repeats_of,
)
from forms.state.repeats import move, removal, renumber, truncation
from forms.xlsform.expressions import PIPED, default_is_expression

MAX_PASSES = 3
"""Times one key may run per edit; only a dependency cycle (which ODK rejects) needs >1."""

DEFAULT_MESSAGES = {
    "required": "This question requires an answer.",
    "constraint": "This answer is not allowed.",
}


class FormState:
    """A form plus answers, with visibility, validity and calculations kept current."""

    def __init__(
        self,
        form: Form,
        answers: Mapping[str, str] | None = None,
        language: str | None = None,
        clock: Callable[[], datetime.datetime] | None = None,
        *,
        repeat_counts: Mapping[str, int] | None = None,
        only: Iterable[Key] | None = None,
    ) -> None:
        self.form = form
        self.plan = plan_for(form)
        self._keys = self.plan.keys if only is None else self.plan.upstream(only)
        """What ``reevaluate_all`` derives: every key, or ``only`` and what it reads."""
        self.clock = clock or (lambda: datetime.datetime.now().astimezone())
        self._language = form.default_language
        if language is not None:
            self.language = language
        self.warnings: list[str] = list(self.plan.problems)
        self._warned: set[tuple[str, str, str]] = set()
        self._answers = {path: str(v) for path, v in (answers or {}).items() if v not in (None, "")}
        self.layout = Layout(form, dict(repeat_counts or inferred_counts(form, self._answers)))
        self.relevance: dict[str, dict[str, bool]] = {}
        self.calculations: dict[str, dict[str, str]] = {}
        self.effective_values: dict[str, dict[str, str]] = {}
        self.requirements: dict[str, dict[str, bool]] = {}
        self.errors: dict[str, dict[str, str]] = {}
        self.choice_names: dict[str, dict[str, tuple[str, ...]]] = {}
        self.pending = PendingChanges()
        self.last_changes = Changes()
        self._loading = True  # instances found while loading are not new: no defaults
        self.reevaluate_all()
        self._loading = False
        if answers is None:
            self._run(self._apply_defaults(None))
        self.pending = PendingChanges()

    # -- reading ---------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        if language not in self.form.languages:
            raise ValueError(f"The form has no language {language!r}: {self.form.languages}")
        self._language = language

    @property
    def answers(self) -> dict[str, str]:
        """User-entered and default values, non-empty only."""
        return dict(self._answers)

    @property
    def calculated(self) -> dict[str, str]:
        """Results of calculate expressions, non-empty only."""
        return {p: v for values in self.calculations.values() for p, v in values.items() if v}

    @property
    def repeat_counts(self) -> dict[str, int]:
        """Instances of every user-driven repeat, by repeat key (``hh/members[2]/kids``)."""
        return {
            key: self.layout.count(key, repeat)
            for repeat in repeats_of(self.form)
            if not repeat.repeat_count
            for key in self.layout.repeat_keys(repeat)
        }

    def node(self, path: str) -> Node:
        node = self.form.node(path)
        if node is None:
            raise KeyError(f"The form has no question or group at '{path}'")
        return node

    def value(self, path: str) -> str | None:
        """The stored answer or calculation at ``path`` (kept even while hidden)."""
        node = self.node(path)
        if isinstance(node, Question) and node.calculate:
            found = self.calculations.get(node.path, {}).get(path, "")
        else:
            found = self._answers.get(path, "")
        return found or None

    def effective(self, path: str) -> str:
        """The value expressions see: empty while the node is not relevant."""
        node = self.form.node(path)
        if not isinstance(node, Question):
            return ""
        if not self.relevance.get(node.path, {}).get(path, True):
            return ""
        return self.value(path) or ""

    def is_relevant(self, path: str) -> bool:
        node = self.node(path)
        shown = self.relevance.get(node.path, {}).get(path)
        if shown is None and isinstance(node, Group) and node.repeat:  # a repeat key
            parent = self.plan.parents[node.path]
            outer = parent_path(path)
            return parent is None or self.relevance.get(parent.path, {}).get(outer, True)
        return True if shown is None else shown

    def is_required(self, path: str) -> bool:
        return self.requirements.get(self.node(path).path, {}).get(path, False)

    def is_read_only(self, path: str) -> bool:
        node = self.node(path)
        return isinstance(node, Question) and (
            node.read_only or node.type in ("note", "calculate") or bool(node.calculate)
        )

    def text(self, texts: Texts, *, any_language: bool = True) -> str:
        """``texts`` in the current language, else the default language, else any."""
        for language in (self._language, self.form.default_language, "default"):
            if texts.get(language):
                return texts[language]
        return next((text for text in texts.values() if text), "") if any_language else ""

    def label(self, node_or_path: Node | str) -> str:
        """The label in the current language, with ``${name}`` replaced by values."""
        if isinstance(node_or_path, str):
            return self.interpolate(self.text(self.node(node_or_path).labels), node_or_path)
        return self.interpolate(self.text(node_or_path.labels), node_or_path.path)

    def interpolate(self, text: str, at: str) -> str:
        context = NodeContext(self, at)
        return PIPED.sub(lambda m: " ".join(context.reference(m.group(0)[2:-1].strip())), text)

    def error(self, path: str) -> str | None:
        """The constraint or required message for ``path``, or None when it is fine."""
        node = self.node(path)
        code = self.errors.get(node.path, {}).get(path)
        if code is None or not isinstance(node, Question):
            return None
        texts = node.constraint_messages if code == "constraint" else node.required_messages
        message = self.text(texts, any_language=False)  # else plain English, not a stranger's
        return self.interpolate(message, path) if message else DEFAULT_MESSAGES[code]

    def choices(self, path: str) -> tuple[Choice, ...]:
        """The choices offered at ``path``, after its choice_filter."""
        node = self.node(path)
        choice_list = self.form.choice_lists.get(getattr(node, "choice_list", None) or "")
        if choice_list is None:
            return ()
        names = self.choice_names.get(node.path, {}).get(path)
        if names is None:
            return choice_list.choices
        return tuple(choice for name in names if (choice := choice_list.get(name)) is not None)

    def repeat_count(self, path: str) -> int:
        """Instances of the repeat at key ``path`` (``members`` or ``hh[2]/kids``)."""
        node = self.node(path)
        if not (isinstance(node, Group) and node.repeat):
            raise KeyError(f"'{path}' is not a repeat")
        return self.layout.count(path, node)

    def instances(self) -> Iterator[tuple[str, Node]]:
        """Every node of the current form in order; a repeat yields its key, then instances."""
        return self._walk(self.form.children, "")

    def _walk(self, children: Iterable[Node], base: str) -> Iterator[tuple[str, Node]]:
        for node in children:
            path = f"{base}/{node.name}" if base else node.name
            if isinstance(node, Group) and node.repeat:
                yield path, node
                for index in range(1, self.layout.count(path, node) + 1):
                    yield f"{path}[{index}]", node
                    yield from self._walk(node.children, f"{path}[{index}]")
            elif isinstance(node, Group):
                yield path, node
                yield from self._walk(node.children, path)
            else:
                yield path, node

    def validate(self) -> list[Problem]:
        """Required and constraint failures of relevant questions, in form order."""
        problems = []
        for path, node in self.instances():
            code = self.errors.get(node.path, {}).get(path)
            if code is not None:
                problems.append(Problem(path, code, self.error(path) or ""))
        return problems

    def snapshot(self) -> dict[str, object]:
        """Everything derived, for comparing two states (tests, debugging).

        Calculations that read the clock or randomness (``uuid()``), directly or
        through other calculations, are left out: two states draw them apart.
        """
        return {
            "answers": self.answers,
            "calculated": {
                path: value
                for path, value in self.calculated.items()
                if strip_positions(path) not in self.plan.volatile
            },
            "relevant": {p: v for d in self.relevance.values() for p, v in d.items()},
            "required": {p: v for d in self.requirements.values() for p, v in d.items()},
            "errors": {p: v for d in self.errors.values() for p, v in d.items()},
            "choices": {p: v for d in self.choice_names.values() for p, v in d.items()},
            "repeats": self.repeat_counts,
        }

    # -- editing ---------------------------------------------------------

    def set(self, path: str, value: str | None) -> Changes:
        """Answer ``path`` (None or "" clears it); returns what changed as a result."""
        node = self.node(path)
        if not isinstance(node, Question) or node.calculate:
            raise KeyError(f"'{path}' is not a question that takes an answer")
        if not self.layout.exists(path):
            raise KeyError(f"'{path}' is not a current instance of '{node.path}'")
        new = "" if value is None else str(value)
        if new == self._answers.get(path, ""):
            return self._finish()
        if new:
            self._answers[path] = new
        else:
            self._answers.pop(path, None)
        self.pending.values.add(path)
        self._run([("value", node.path)])
        return self._finish()

    def add_repeat(self, repeat_path: str) -> str:
        """Append an instance to the repeat at key ``repeat_path``; returns its path."""
        repeat = self._user_repeat(repeat_path)
        count = self.layout.count(repeat_path, repeat)
        self.resize(repeat_path, count, count + 1)
        self._run([("count", repeat.path)])
        self._finish()
        return f"{repeat_path}[{count + 1}]"

    def remove_repeat(self, instance_path: str) -> Changes:
        """Delete one instance and its answers; later instances move up."""
        key, position = repeat_key(instance_path)
        repeat = self._user_repeat(key)
        count = self.layout.count(key, repeat)
        if not 0 < position <= count:
            raise KeyError(f"'{instance_path}' is not a current instance")
        self._renumber(key, removal(count, position), count - 1)
        self._run([("count", repeat.path)])
        return self._finish()

    def move_repeat(self, instance_path: str, position: int) -> Changes:
        """Move one instance to 1-based ``position``, renumbering the others."""
        key, current = repeat_key(instance_path)
        repeat = self._user_repeat(key)
        count = self.layout.count(key, repeat)
        if not (0 < current <= count and 0 < position <= count):
            raise KeyError(f"cannot move '{instance_path}' to position {position}")
        if current != position:
            self._renumber(key, move(count, current, position), count)
            self._run([("count", repeat.path)])
        return self._finish()

    def reevaluate_all(self) -> Changes:
        """Recompute every derived fact from the answers, ignoring the graph's shortcuts.

        A state made with ``only`` derives just those keys and what they read: a
        read-only view, as ``calculated_values`` uses it.
        """
        for key in self._keys:
            self._evaluate(key)
        return self._finish()

    # -- machinery used by forms.state.evaluation ------------------------------

    def warn(self, node: Node, column: str, error: ExpressionError) -> None:
        """Record (once) that an expression could not be evaluated and was ignored."""
        marker = (node.path, column, error.code)
        if marker not in self._warned:
            self._warned.add(marker)
            self.warnings.append(
                f"The {column} of '{node.name}' (row {node.row}) was ignored: {error.message}"
            )

    def resize(self, key: str, have: int, wanted: int) -> None:
        """Set the instance count at ``key``; new instances get defaults, cut ones lose answers."""
        if wanted < have:
            self._renumber(key, truncation(have, wanted), wanted)
            return
        self.layout.counts[key] = wanted
        self.layout.changed()
        self.pending.repeats.add(key)
        for index in range(have + 1, wanted + 1) if not self._loading else ():
            self._apply_defaults(f"{key}[{index}]")

    def _renumber(self, key: str, mapping: dict[int, int | None], count: int) -> None:
        before = self._answers
        self._answers = renumber(before, key, mapping)
        self.pending.values.update(
            path
            for path in before.keys() | self._answers.keys()
            if before.get(path) != self._answers.get(path)
        )
        self.layout.counts = renumber(self.layout.counts, key, mapping)
        self.layout.counts[key] = count
        self.layout.changed()
        self.pending.repeats.add(key)

    def _user_repeat(self, key: str) -> Group:
        repeat = self.node(key)
        if not (isinstance(repeat, Group) and repeat.repeat) or key.endswith("]"):
            raise KeyError(f"'{key}' is not a repeat key such as 'members' or 'hh[2]/kids'")
        if repeat.repeat_count:
            raise ValueError(f"'{repeat.name}' has a repeat_count; its size follows the form")
        parent = parent_path(key)
        if parent and not self.layout.exists(parent):
            raise KeyError(f"'{parent}' does not exist")
        return repeat

    def _apply_defaults(self, under: str | None) -> list[Key]:
        """Fill empty questions with their defaults (all, or inside instance ``under``)."""
        seeds: list[Key] = []
        for question in self.form.questions():
            if not question.default or question.calculate:
                continue
            for path in self.layout.expand(question.path, positions(under) if under else None):
                if (under and not path.startswith(under + "/")) or path in self._answers:
                    continue
                value = question.default
                if default_is_expression(question):
                    expression = self.plan.expression(question, "default")
                    value = (
                        ""
                        if expression is None
                        else state_eval.run(
                            self, expression, question, "default", path, "string", ""
                        )
                    )
                if value:
                    self._answers[path] = value
                    self.pending.values.add(path)
                    seeds.append(("value", question.path))
        return seeds

    def _run(self, seeds: Iterable[Key]) -> None:
        """Re-evaluate ``seeds`` and, where results changed, everything downstream."""
        order = self.plan.order
        heap = [(order[key], key) for key in set(seeds)]
        heapq.heapify(heap)
        queued = {key for _, key in heap}
        passes: Counter[Key] = Counter()
        while heap:
            _, key = heapq.heappop(heap)
            queued.discard(key)
            passes[key] += 1
            if passes[key] > MAX_PASSES or not self._evaluate(key):
                continue
            for target in self.plan.dependents.get(key, ()):
                if target not in queued:
                    queued.add(target)
                    heapq.heappush(heap, (order[target], target))

    def _evaluate(self, key: Key) -> bool:
        kind, form_path = key
        node = self.form.node(form_path)
        if kind == "relevant":
            return state_eval.relevant(self, node)
        if kind == "count":
            return state_eval.count(self, node)
        if kind == "value":
            return state_eval.value(self, node)
        if kind == "valid":
            return state_eval.valid(self, node)
        return state_eval.choices(self, node)

    def _finish(self) -> Changes:
        self.last_changes = self.pending.freeze()
        self.pending = PendingChanges()
        return self.last_changes


def calculated_values(
    form: Form, answers: Mapping[str, str], repeat_counts: Mapping[str, int] | None = None
) -> dict[str, str]:
    """The calculations' non-empty values for stored answers, as a full FormState shows them.

    Only the calculations and what they read are evaluated, not the relevance
    and validity of every other question: an export computes these for
    thousands of submissions.
    """
    plan = plan_for(form)
    state = FormState(form, answers, repeat_counts=repeat_counts, only=plan.calculations)
    values = {path: state.effective(path) for path in state.calculated}
    return {path: value for path, value in values.items() if value}
