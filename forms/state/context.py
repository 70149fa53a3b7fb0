"""FormState as the expression engine sees it from one answer path.

The engine only asks for values by name or path; this adapter applies
XLSForm's scoping (same repeat instance where shared, all instances
otherwise), hides the values of non-relevant nodes as ODK does, and offers
the form's choice lists as secondary instances.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from forms.model import Choice, Group
from forms.state.paths import positions, split_steps
from forms.state.view import StateView


def choice_row(choice: Choice, language: str, fallback: str) -> dict[str, str]:
    """A choice as a secondary-instance row: name, label and its extra columns."""
    label = (
        choice.labels.get(language)
        or choice.labels.get(fallback)
        or next(iter(choice.labels.values()), choice.name)
    )
    return {**choice.extra, "name": choice.name, "label": label}


_ITEXT_COLUMNS = {
    "label": "labels",
    "hint": "hints",
    "jr:constraintMsg": "constraint_messages",
    "jr:requiredMsg": "required_messages",
}


class NodeContext:
    """``EvaluationContext`` for the node at answer path ``at`` (``item`` in choice filters)."""

    def __init__(self, state: StateView, at: str, item: Mapping[str, str] | None = None) -> None:
        self._state = state
        self._at = at
        self._item = item

    def reference(self, name: str) -> list[str]:
        target = self._state.form.by_name(name)
        if target is None:
            return []
        return [self._state.effective(path) for path in self._state.layout.scoped(target, self._at)]

    def path(self, steps: tuple[str, ...], absolute: bool) -> list[str]:
        found = self._state.layout.resolve(self._at, steps, absolute)
        return [self._state.effective(path) for path in found]

    def current(self) -> str:
        return self._state.effective(self._at)

    def position(self) -> int:
        for _, pos in reversed(split_steps(self._at)):
            if pos is not None:
                return pos
        return 1

    def indexed_repeat(self, name: str, repeat: str, index: int, *pairs: tuple[str, int]) -> str:
        form = self._state.form
        target = form.by_name(name) or form.node(name)
        if target is None:
            return ""
        bound = {
            prefix: pos
            for prefix, pos in positions(self._at).items()
            if target.path.startswith(prefix + "/")
        }
        for repeat_name, pos in ((repeat, index), *pairs):
            group = form.by_name(repeat_name) or form.node(repeat_name)
            if isinstance(group, Group):
                bound[group.path] = int(pos)
        found = self._state.layout.expand(target.path, bound)
        return self._state.effective(found[0]) if found else ""

    def choice_label(self, question_name: str, value: str) -> str:
        question = self._state.form.by_name(question_name)
        choice_list = getattr(question, "choice_list", None)
        lists = self._state.form.choice_lists
        choice = lists[choice_list].get(value) if choice_list in lists else None
        return self._state.text(choice.labels) if choice is not None else value

    def instance_items(self, instance_id: str) -> list[Mapping[str, str]] | None:
        choice_list = self._state.form.choice_lists.get(instance_id)
        if choice_list is None:
            return None  # the engine raises missing-external-data
        language, fallback = self._state.language, self._state.form.default_language
        return [choice_row(choice, language, fallback) for choice in choice_list.choices]

    def item(self, field: str) -> str | None:
        if self._item is None:
            return None
        return self._item.get(field, "")

    def now(self) -> datetime.datetime:
        return self._state.clock()

    def once_value(self) -> str:
        return self._state.value(self._at) or ""

    def node_name(self) -> str:
        return split_steps(self._at)[-1][0] if self._at else ""

    def form_version(self) -> str:
        return self._state.form.version or ""

    def itext(self, text_id: str) -> str:
        """pyxform's ids: ``/<root>/<path>:label``, ``:hint``, ``:jr:constraintMsg``…"""
        path, _, column = text_id.partition(":")
        attribute = _ITEXT_COLUMNS.get(column)
        node = self._state.form.node("/".join(path.strip("/").split("/")[1:]))
        texts = getattr(node, attribute, None) if node is not None and attribute else None
        return self._state.text(texts) if texts else ""
