"""``name()``, ``local-name()`` and ``namespace-uri()``: names known when compiling.

Node-sets here carry values, not elements, so the name of a node cannot be
read from a value.  It does not need to be: in ``name(${q})`` or
``name(../q)`` the name is written in the expression, and with no argument
(or ``.``) it is the context node's own, which the form supplies.  The name
is '' when the node-set is empty, as XPath 1.0 requires.  Form instances
use no namespaces for questions, so ``namespace-uri()`` is '' and
``local-name()`` equals ``name()``.
"""

from __future__ import annotations

from collections.abc import Callable

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from .context import EvaluationContext
from .syntax import Call, Filter, Node, Path, Reference
from .values import NodeSet, Value

NAME_FUNCTIONS = frozenset({"name", "local-name", "namespace-uri"})

Evaluator = Callable[[EvaluationContext], Value]


def written_name(node: Node) -> str | None:
    """The element name an argument selects, when the expression spells it out."""
    if isinstance(node, Filter):
        return written_name(node.primary)
    if isinstance(node, Reference):
        return node.name
    if isinstance(node, Path) and node.steps:
        last = node.steps[-1].name
        if last == "." and len(node.steps) == 1:
            return "."
        if last not in {".", "..", "*"}:
            return last
    return None


def compile_name_call(call: Call, argument: Evaluator | None, source: str) -> Evaluator:
    """The evaluator of one ``name``-family call whose argument is already compiled."""
    if len(call.args) > 1:
        raise ExpressionError(
            "function-arguments",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{function}() takes 0 to 1 arguments but was given {count} in '{source}'.",
            ),
            expression=source,
            function=call.name,
            count=len(call.args),
            source=source,
        )
    if call.name == "namespace-uri":
        return lambda ctx: ""
    if argument is None:
        return lambda ctx: ctx.node_name()
    name = written_name(call.args[0])
    if name is None:
        raise ExpressionError(
            "unsupported-syntax",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{function}() needs ${{question}} or a path ending in a question name in "
                "'{source}'.",
            ),
            expression=source,
            function=call.name,
            source=source,
        )
    return _named(argument, name, call.name)


def _named(argument: Evaluator, name: str, function: str) -> Evaluator:
    def run(ctx: EvaluationContext) -> Value:
        nodes = argument(ctx)
        if not isinstance(nodes, NodeSet):
            raise ExpressionError(
                "type-mismatch",
                QT_TRANSLATE_NOOP("UserError", "{function}() needs a node, not a plain value."),
                function=function,
            )
        if not nodes.values:
            return ""
        return ctx.node_name() if name == "." else name

    return run
