"""What an expression may ask of the form while it is being evaluated.

The evaluator never sees FormState: it only calls the methods of
``EvaluationContext``.  That keeps the engine testable with a plain mapping
(``MappingContext``) and lets FormState decide repeat scoping, labels and
external data in one place.  Every node value crosses this boundary as a
``str``; an unanswered question is ``""``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Protocol

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError


class EvaluationContext(Protocol):
    """The form as seen from the node whose expression is being evaluated."""

    def reference(self, name: str) -> list[str]:
        """Values of the node(s) ``${name}`` denotes from the current node.

        A question inside the same repeat instance gives one value; a question
        in a repeat seen from outside gives one value per instance; a group or
        repeat name gives one entry per instance so ``count(${repeat})`` works.
        """
        ...

    def path(self, steps: tuple[str, ...], absolute: bool) -> list[str]:
        """Values of the nodes a path selects; ``.`` and ``..`` appear as steps.

        ``/data/group/q`` arrives as ``("data", "group", "q")`` with
        ``absolute=True``; ``../q`` as ``("..", "q")`` with ``absolute=False``.
        """
        ...

    def current(self) -> str:
        """The value of ``.``, the node the expression belongs to."""
        ...

    def position(self) -> int:
        """1-based position of the current repeat instance."""
        ...

    def indexed_repeat(self, name: str, repeat: str, index: int, *pairs: tuple[str, int]) -> str:
        """Value of ``name`` in instance ``index`` (1-based) of ``repeat``.

        ``pairs`` carries further ``(repeat, index)`` pairs for nested repeats.
        """
        ...

    def choice_label(self, question_name: str, value: str) -> str:
        """The label of choice ``value`` of ``question_name`` in the current language."""
        ...

    def instance_items(self, instance_id: str) -> list[Mapping[str, str]] | None:
        """Rows of a choice list or secondary instance; None when not available.

        Each row has ``name`` and ``label`` keys plus any extra columns.
        """
        ...

    def item(self, field: str) -> str | None:
        """In a choice_filter, column ``field`` of the choice being tested; else None."""
        ...

    def now(self) -> datetime.datetime:
        """The clock; tests pass a fixed one."""
        ...

    def once_value(self) -> str:
        """The value currently stored in the node, for ``once()``."""
        ...

    def node_name(self) -> str:
        """The element name of the context node, for ``name()`` and ``local-name()``."""
        ...

    def form_version(self) -> str:
        """The form's version attribute, for ``version()``."""
        ...

    def itext(self, text_id: str) -> str:
        """The XForm text ``text_id`` (``/data/q:label``) in the current language; '' if none."""
        ...


class MappingContext:
    """An ``EvaluationContext`` over a flat ``{name: value}`` mapping.

    ``${name}`` and the last step of a path resolve against ``answers``; an
    absolute path may also be keyed by its full text after the root element
    (``group/q``).  A value may be a list of strings to stand for a question
    repeated in several instances (``count``, ``sum`` and ``indexed-repeat``
    then see one node per item); a missing name reads as ''.  It exists for
    tests, ``forms.evaluate`` and tools that have answers but no form.  The
    keyword-only extras let tests supply choice lists, labels and a choice
    row for choice filters.
    """

    def __init__(
        self,
        answers: Mapping[str, str | Sequence[str]] | None = None,
        now: datetime.datetime | None = None,
        current: str = "",
        *,
        instances: Mapping[str, Sequence[Mapping[str, str]]] | None = None,
        labels: Mapping[tuple[str, str], str] | None = None,
        item: Mapping[str, str] | None = None,
        position: int = 1,
        node: str = "",
        version: str = "",
        itexts: Mapping[str, str] | None = None,
    ) -> None:
        self._answers = dict(answers or {})
        self._now = now
        self._current = current
        self._instances = instances or {}
        self._labels = labels or {}
        self._item = item
        self._position = position
        self._node = node
        self._version = version
        self._itexts = itexts or {}

    def reference(self, name: str) -> list[str]:
        value = self._answers.get(name, "")
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        return [str(value)]

    def path(self, steps: tuple[str, ...], absolute: bool) -> list[str]:
        names = [step for step in steps if step not in {".", ".."}]
        if not names:
            return [self._current]
        candidates = []
        if absolute and len(names) > 1:
            candidates.append("/".join(names[1:]))
        candidates.append(names[-1])
        for key in candidates:
            if key in self._answers:
                return self.reference(key)
        return []

    def current(self) -> str:
        return self._current

    def position(self) -> int:
        return self._position

    def indexed_repeat(self, name: str, repeat: str, index: int, *pairs: tuple[str, int]) -> str:
        values = self.reference(name)
        return values[index - 1] if 0 < index <= len(values) else ""

    def choice_label(self, question_name: str, value: str) -> str:
        return self._labels.get((question_name, value), value)

    def instance_items(self, instance_id: str) -> list[Mapping[str, str]] | None:
        rows = self._instances.get(instance_id)
        return None if rows is None else list(rows)

    def item(self, field: str) -> str | None:
        if self._item is None:
            return None
        return self._item.get(field, "")

    def now(self) -> datetime.datetime:
        return self._now or datetime.datetime.now().astimezone()

    def once_value(self) -> str:
        return self._current

    def node_name(self) -> str:
        return self._node

    def form_version(self) -> str:
        return self._version

    def itext(self, text_id: str) -> str:
        return self._itexts.get(text_id, "")


def missing_external_data(instance_id: str) -> ExpressionError:
    """The error for a lookup into a secondary instance the form did not ship."""
    return ExpressionError(
        "missing-external-data",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The data list '{instance_id}' is not available, so this lookup cannot be done.",
        ),
        instance=instance_id,
        instance_id=instance_id,
    )
