"""The table of functions the compiler resolves names against.

Each implementation takes the evaluation context first and then either the
argument values or, for ``lazy`` functions such as ``if``, the compiled
argument closures so it can skip the branches it does not need.  Arity is
checked at compile time so a wrong call is reported when the form loads,
not when someone happens to reach the question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

Implementation = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class Function:
    """One callable XPath function and what the compiler must know about it."""

    name: str
    impl: Implementation
    min_args: int
    max_args: int | None
    lazy: bool = False
    volatile: bool = False
    reads_current: bool = False

    def check_arity(self, count: int, source: str) -> None:
        """Raise ``function-arguments`` when ``count`` arguments cannot be passed."""
        if count >= self.min_args and (self.max_args is None or count <= self.max_args):
            return
        if self.max_args is None and self.min_args == 1:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "{name}() takes at least 1 argument but was given {count} in '{source}'.",
            )
        elif self.max_args is None:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "{name}() takes at least {least} arguments but was given {count} in '{source}'.",
            )
        elif self.min_args == self.max_args:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "{name}() takes exactly {least} arguments but was given {count} in '{source}'.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "{name}() takes {least} to {most} arguments but was given {count} in '{source}'.",
            )
        if self.max_args == self.min_args == 1:
            template = QT_TRANSLATE_NOOP(
                "UserError",
                "{name}() takes exactly 1 argument but was given {count} in '{source}'.",
            )
        raise ExpressionError(
            "function-arguments",
            template,
            expression=source,
            function=self.name,
            name=self.name,
            least=self.min_args,
            most=self.max_args,
            count=count,
            source=source,
        )


FUNCTIONS: dict[str, Function] = {}

UNSUPPORTED = frozenset({"property"})
"""Functions ODK knows but Fieldwheel cannot evaluate on a desktop.

``property()`` reads the phone's identity (device ID, SIM, phone number);
a desktop has none to give, so the expression is refused at evaluation.
"""


def function(
    name: str,
    min_args: int = 0,
    max_args: int | None = -1,
    *,
    lazy: bool = False,
    volatile: bool = False,
    reads_current: bool = False,
) -> Callable[[Implementation], Implementation]:
    """Register the decorated implementation; ``max_args=-1`` means same as ``min_args``."""

    def register(impl: Implementation) -> Implementation:
        most = min_args if max_args == -1 else max_args
        FUNCTIONS[name] = Function(name, impl, min_args, most, lazy, volatile, reads_current)
        return impl

    return register
