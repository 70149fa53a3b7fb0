"""The compiled, immutable expression the rest of Fieldwheel holds on to."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .compile import Compiler, Evaluator
from .context import EvaluationContext, MappingContext
from .lexer import syntax_error
from .parser import parse
from .values import NodeSet, Value, to_boolean, to_number, to_string


@dataclass(frozen=True, slots=True)
class Expression:
    """One parsed and compiled XLSForm expression plus what it depends on.

    ``references`` are the ``${name}`` names, ``paths`` the path texts (for
    dependency graphs), ``unsupported`` the known functions that will raise
    ``unsupported-function`` when evaluated, ``uses_current_node`` whether it
    reads ``.``/``current()``, ``reads_itself`` whether it reads ``.`` as a
    value (not inside ``once()`` or a ``[...]`` condition: the self-reference
    ODK calls a cycle in a calculation or relevant), ``patterns`` the literal
    patterns given to ``regex()``, ``is_volatile`` whether it reads the clock
    or randomness and so must be re-run even when no answer changed.
    """

    source: str
    references: frozenset[str]
    paths: frozenset[str]
    functions: frozenset[str]
    unsupported: frozenset[str]
    uses_current_node: bool
    reads_itself: bool
    patterns: frozenset[str]
    is_volatile: bool
    _run: Evaluator = field(repr=False, compare=False)

    def evaluate(self, context: EvaluationContext) -> Value:
        """The XPath value: a float, str, bool or ``NodeSet``."""
        return self._run(context)

    def evaluate_boolean(self, context: EvaluationContext) -> bool:
        return to_boolean(self._run(context))

    def evaluate_string(self, context: EvaluationContext) -> str:
        return to_string(self._run(context))

    def evaluate_number(self, context: EvaluationContext) -> float:
        return to_number(self._run(context))


@lru_cache(maxsize=8192)
def compile_expression(text: str) -> Expression:
    """Parse and compile ``text`` once; identical texts share one ``Expression``.

    Raises ``ExpressionError`` with code ``expression-syntax``,
    ``unsupported-syntax``, ``unknown-function`` or ``function-arguments``.
    """
    compiler = Compiler(text)
    try:
        run = compiler.compile(parse(text))
    except RecursionError:
        raise syntax_error(text, 0, "the expression is nested too deeply") from None
    return Expression(
        source=text,
        references=frozenset(compiler.references),
        paths=frozenset(compiler.paths),
        functions=frozenset(compiler.functions),
        unsupported=frozenset(compiler.unsupported),
        uses_current_node=compiler.uses_current_node,
        reads_itself=compiler.reads_itself,
        patterns=frozenset(compiler.patterns),
        is_volatile=compiler.is_volatile,
        _run=run,
    )


def evaluate(
    expression: str,
    answers: Mapping[str, str | Sequence[str]] | None = None,
    *,
    now: datetime.datetime | None = None,
    current: str = "",
) -> float | str | bool:
    """Evaluate one expression against a ``{name: value}`` mapping.

    A node-set result is returned as the text of its first node, which is
    what a form would store.
    """
    value = compile_expression(expression).evaluate(MappingContext(answers, now, current))
    return value.first() if isinstance(value, NodeSet) else value
