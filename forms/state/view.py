"""What the expression context and the evaluators may see of a FormState.

They sit below ``FormState`` (which drives them), so they name this protocol
instead of the class: the state module imports them, never the reverse.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Protocol

from forms.errors import ExpressionError
from forms.model import Form, Node, Texts
from forms.state.changes import PendingChanges
from forms.state.graph import Plan
from forms.state.paths import Layout


class StateView(Protocol):
    """The derived tables are keyed by graph key, then by answer path."""

    form: Form
    plan: Plan
    layout: Layout
    language: str
    clock: Callable[[], datetime.datetime]
    relevance: dict[str, dict[str, bool]]
    calculations: dict[str, dict[str, str]]
    effective_values: dict[str, dict[str, str]]
    requirements: dict[str, dict[str, bool]]
    errors: dict[str, dict[str, str]]
    choice_names: dict[str, dict[str, tuple[str, ...]]]
    pending: PendingChanges

    def value(self, path: str) -> str | None: ...

    def effective(self, path: str) -> str: ...

    def text(self, texts: Texts, *, any_language: bool = True) -> str: ...

    def warn(self, node: Node, column: str, error: ExpressionError) -> None: ...

    def resize(self, key: str, have: int, wanted: int) -> None: ...
