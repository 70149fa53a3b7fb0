"""Contexts for predicates: ``.`` and ``position()`` move, everything else stays.

Inside ``item[name = ${q}]`` the bare name ``name`` is a column of the row
being tested, ``position()`` is the row's position and ``current()`` is still
the form node the whole expression belongs to.  A scope wraps the outer
context and overrides just those answers, so the compiled predicate runs
unchanged against it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from .context import EvaluationContext


class Scope:
    """A context for one candidate of a predicate; ``outer`` is the form's own."""

    __slots__ = ("_dot", "_parent", "_row", "last", "outer", "where")

    def __init__(
        self,
        outer: EvaluationContext,
        dot: str,
        where: int,
        last: int,
        row: Mapping[str, str] | None = None,
    ) -> None:
        self.outer = outermost(outer)
        self._parent = outer
        self._dot = dot
        self.where = where
        self.last = last
        self._row = row

    def reference(self, name: str) -> list[str]:
        return self.outer.reference(name)

    def path(self, steps: tuple[str, ...], absolute: bool) -> list[str]:
        return self.outer.path(steps, absolute)

    def current(self) -> str:
        return self._dot

    def position(self) -> int:
        return self.where

    def indexed_repeat(self, name: str, repeat: str, index: int, *pairs: tuple[str, int]) -> str:
        return self.outer.indexed_repeat(name, repeat, index, *pairs)

    def choice_label(self, question_name: str, value: str) -> str:
        return self.outer.choice_label(question_name, value)

    def instance_items(self, instance_id: str) -> list[Mapping[str, str]] | None:
        return self.outer.instance_items(instance_id)

    def item(self, field: str) -> str | None:
        if self._row is None:
            return self._parent.item(field)
        return self._row.get(field, "")

    def now(self) -> datetime.datetime:
        return self.outer.now()

    def once_value(self) -> str:
        return self.outer.once_value()

    def node_name(self) -> str:
        return "item" if self._row is not None else self._parent.node_name()

    def form_version(self) -> str:
        return self.outer.form_version()

    def itext(self, text_id: str) -> str:
        return self.outer.itext(text_id)


def outermost(context: EvaluationContext) -> EvaluationContext:
    """The form's own context, for ``current()`` inside predicates."""
    return context.outer if isinstance(context, Scope) else context
