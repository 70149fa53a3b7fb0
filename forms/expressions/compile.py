"""Turn a syntax tree into nested closures and record what it depends on.

Compiling once and evaluating many times is the point: function names,
operators and arities are resolved here, so evaluating is only a chain of
Python calls with no dispatch on node types and no re-parsing.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Mapping

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from .context import EvaluationContext, missing_external_data
from .functions import FUNCTIONS, SPECIAL, UNSUPPORTED, Function
from .functions.core import Thunk
from .node_names import NAME_FUNCTIONS, compile_name_call
from .operators import ARITHMETIC, COMPARISONS, union
from .scopes import Scope, outermost
from .syntax import Binary, Call, Filter, InstancePath, Literal, Node, Path, Reference
from .values import NodeSet, Value, to_boolean, to_number, to_string

Evaluator = Callable[[EvaluationContext], Value]
ValueFilter = Callable[[EvaluationContext, list[str]], list[str]]


class Compiler:
    """Compiles one expression; the collected sets become ``Expression`` metadata."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.references: set[str] = set()
        self.paths: set[str] = set()
        self.functions: set[str] = set()
        self.unsupported: set[str] = set()
        self.uses_current_node = False
        self.reads_itself = False
        self.patterns: set[str] = set()
        self.is_volatile = False
        self._row_depth = 0
        self._shielded = 0

    def compile(self, node: Node) -> Evaluator:  # noqa: PLR0911 - one branch per node type
        if isinstance(node, Literal):
            value = node.value
            return lambda ctx: value
        if isinstance(node, Reference):
            return self._reference(node)
        if isinstance(node, Path):
            return self._path(node)
        if isinstance(node, InstancePath):
            return self._instance_path(node)
        if isinstance(node, Filter):
            return self._filter(node)
        if isinstance(node, Call):
            return self._call(node)
        if isinstance(node, Binary):
            return self._binary(node)
        operand = self.compile(node.operand)
        return lambda ctx: -to_number(operand(ctx))

    # -- references and paths ------------------------------------------

    def _reference(self, node: Reference) -> Evaluator:
        name = node.name
        self.references.add(name)
        return lambda ctx: NodeSet(ctx.reference(name))

    def _path(self, node: Path) -> Evaluator:
        names = tuple(step.name for step in node.steps)
        for step in node.steps[:-1]:
            if step.predicates:
                raise self._unsupported_syntax(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A condition '[...]' before the last step of a path"
                    )
                )
        keep = self._value_filter(node.steps[-1].predicates if node.steps else ())
        if node.from_current:
            self.functions.add("current")
            self.paths.add(node.text())
            return _filtered(lambda ctx: outermost(ctx).path(names, False), keep)
        if names == (".",):
            self.uses_current_node = True
            self.reads_itself |= self._shielded == 0 and self._row_depth == 0
            return lambda ctx: NodeSet([ctx.current()])
        if self._row_depth == 0 or len(names) > 1 or node.absolute:
            self.paths.add(node.text())
        absolute = node.absolute
        if not absolute and len(names) == 1 and names[0] not in {"..", "*"}:
            return _filtered(_item_or_path(names), keep)
        return _filtered(lambda ctx: ctx.path(names, absolute), keep)

    def _instance_path(self, node: InstancePath) -> Evaluator:
        if len(node.steps) not in (2, 3) or node.steps[0].predicates:
            raise self._unsupported_syntax(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "An instance lookup other than instance('list')/root/item[...]/field",
                )
            )
        self.functions.add("instance")
        instance = self.compile(node.instance)
        self._row_depth += 1
        row_tests = tuple(self.compile(test) for test in node.steps[1].predicates)
        self._row_depth -= 1
        field = node.steps[2].name if len(node.steps) == 3 else None
        keep = self._value_filter(node.steps[2].predicates if field else ())

        def rows(ctx: EvaluationContext) -> list[str]:
            instance_id = to_string(instance(ctx))
            items = ctx.instance_items(instance_id)
            if items is None:
                raise missing_external_data(instance_id)
            for test in row_tests:
                items = _matching_rows(ctx, items, test)
            if field is None:
                return ["".join(item.values()) for item in items]
            return [item.get(field, "") for item in items]

        return _filtered(rows, keep)

    def _filter(self, node: Filter) -> Evaluator:
        primary = self.compile(node.primary)
        keep = self._value_filter(node.predicates)

        def values(ctx: EvaluationContext) -> list[str]:
            result = primary(ctx)
            if not isinstance(result, NodeSet):
                raise ExpressionError(
                    "type-mismatch",
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "A condition '[...]' can only follow a list of nodes in '{source}'.",
                    ),
                    expression=self.source,
                    source=self.source,
                )
            return result.values

        return _filtered(values, keep)

    def _value_filter(self, predicates: tuple[Node, ...]) -> ValueFilter | None:
        if not predicates:
            return None
        self._shielded += 1  # inside [...], '.' is the item tested, not the question
        tests = tuple(self.compile(predicate) for predicate in predicates)
        self._shielded -= 1

        def keep(ctx: EvaluationContext, values: list[str]) -> list[str]:
            for test in tests:
                size = len(values)
                values = [
                    value
                    for where, value in enumerate(values, 1)
                    if _passes(test(Scope(ctx, value, where, size)), where)
                ]
            return values

        return keep

    # -- calls ---------------------------------------------------------

    def _call(self, node: Call) -> Evaluator:
        name = node.name
        self.functions.add(name)
        if name in UNSUPPORTED:
            return self._unsupported_call(node)
        if name == "indexed-repeat":
            return self._indexed_repeat(node)
        if name == "instance":
            raise self._unsupported_syntax(
                QT_TRANSLATE_NOOP("UserError", "instance() without a path after it")
            )
        if name in NAME_FUNCTIONS:
            argument = self.compile(node.args[0]) if node.args else None
            return compile_name_call(node, argument, self.source)
        function = FUNCTIONS.get(name)
        if function is None:
            raise self._unknown_function(node)
        function.check_arity(len(node.args), self.source)
        self.is_volatile |= function.volatile
        if name in {"current", "once"} or (function.reads_current and not node.args):
            self.uses_current_node = True
        if name == "regex" and len(node.args) == 2 and isinstance(node.args[1], Literal):
            self.patterns.add(str(node.args[1].value))
        once = name == "once"  # once(.) keeps the stored value: not a self-reference
        self._shielded += once
        args = tuple(self.compile(arg) for arg in node.args)
        self._shielded -= once
        return _bind(function, args)

    def _unsupported_call(self, node: Call) -> Evaluator:
        name = node.name
        self.unsupported.add(name)
        for arg in node.args:
            self.compile(arg)
        source = self.source

        def refuse(ctx: EvaluationContext) -> Value:
            raise ExpressionError(
                "unsupported-function",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The function {name}() is not supported by Fieldwheel, so '{source}' "
                    "cannot be worked out.",
                ),
                expression=source,
                function=name,
                name=name,
                source=source,
            )

        return refuse

    def _indexed_repeat(self, node: Call) -> Evaluator:
        count = len(node.args)
        if count not in (3, 5, 7, 9, 11):
            raise ExpressionError(
                "function-arguments",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "indexed-repeat() takes 3, 5, 7, 9 or 11 arguments but was given {count} "
                    "in '{source}'.",
                ),
                expression=self.source,
                function="indexed-repeat",
                count=count,
                source=self.source,
            )
        target = self._node_name(node.args[0])
        repeats = [self._node_name(node.args[i]) for i in range(1, count, 2)]
        indexes = [self.compile(node.args[i]) for i in range(2, count, 2)]

        def run(ctx: EvaluationContext) -> Value:
            positions = [_whole_at_least_one(index(ctx)) for index in indexes]
            pairs = tuple(zip(repeats[1:], positions[1:], strict=True))
            return ctx.indexed_repeat(target, repeats[0], positions[0], *pairs)

        return run

    def _node_name(self, node: Node) -> str:
        """The question or repeat name an indexed-repeat argument points at."""
        if isinstance(node, Reference):
            self.references.add(node.name)
            return node.name
        if isinstance(node, Path) and node.steps and node.steps[-1].name not in {".", ".."}:
            self.paths.add(node.text())
            return node.steps[-1].name
        raise ExpressionError(
            "function-arguments",
            QT_TRANSLATE_NOOP(
                "UserError",
                "indexed-repeat() needs ${{name}} references for the question and the "
                "repeat in '{source}'.",
            ),
            expression=self.source,
            function="indexed-repeat",
            source=self.source,
        )

    # -- operators -----------------------------------------------------

    def _binary(self, node: Binary) -> Evaluator:
        left = self.compile(node.left)
        right = self.compile(node.right)
        op = node.op
        if op == "and":
            return lambda ctx: to_boolean(left(ctx)) and to_boolean(right(ctx))
        if op == "or":
            return lambda ctx: to_boolean(left(ctx)) or to_boolean(right(ctx))
        if op == "|":
            return lambda ctx: union(left(ctx), right(ctx))
        compare = COMPARISONS.get(op)
        if compare is not None:
            return lambda ctx: compare(left(ctx), right(ctx))
        arithmetic = ARITHMETIC[op]
        return lambda ctx: arithmetic(to_number(left(ctx)), to_number(right(ctx)))

    # -- errors --------------------------------------------------------

    def _unsupported_syntax(self, what: str) -> ExpressionError:
        return ExpressionError(
            "unsupported-syntax",
            QT_TRANSLATE_NOOP(
                "UserError", "{what} is not supported in Fieldwheel forms ('{source}')."
            ),
            expression=self.source,
            what=what,
            source=self.source,
        )

    def _unknown_function(self, node: Call) -> ExpressionError:
        close = closest_function(node.name)
        template = (
            QT_TRANSLATE_NOOP(
                "UserError",
                "Unknown function {function}() at character {position} of '{source}'. "
                "Did you mean {close}()?",
            )
            if close
            else QT_TRANSLATE_NOOP(
                "UserError", "Unknown function {function}() at character {position} of '{source}'."
            )
        )
        return ExpressionError(
            "unknown-function",
            template,
            expression=self.source,
            function=node.name,
            position=node.pos + 1,
            source=self.source,
            close=close,
        )


def closest_function(name: str) -> str | None:
    """The known function a misspelt name most likely meant, judged by whole name or word.

    ``lenght`` is nearer to ``lang`` than to ``string-length`` as a whole, but
    it is a misspelt word of ``string-length``; comparing with each word too
    finds that.
    """
    known = [*FUNCTIONS, *UNSUPPORTED, *SPECIAL]

    def likeness(candidate: str) -> float:
        words = [candidate, *candidate.replace(":", "-").split("-")]
        return max(difflib.SequenceMatcher(None, name, word).ratio() for word in words)

    best = max(known, key=likeness)
    return best if likeness(best) >= 0.6 else None


def _bind(function: Function, args: tuple[Evaluator, ...]) -> Evaluator:
    """A closure calling ``function``; small arities avoid building argument lists."""
    impl = function.impl
    if function.lazy:
        thunks: tuple[Thunk, ...] = args
        return lambda ctx: impl(ctx, *thunks)
    if not args:
        return impl
    if len(args) == 1:
        (first,) = args
        return lambda ctx: impl(ctx, first(ctx))
    if len(args) == 2:
        first, second = args
        return lambda ctx: impl(ctx, first(ctx), second(ctx))
    return lambda ctx: impl(ctx, *[arg(ctx) for arg in args])


def _item_or_path(names: tuple[str, ...]) -> Callable[[EvaluationContext], list[str]]:
    """A bare name: a choice column inside a choice filter, otherwise a child path."""
    name = names[0]

    def lookup(ctx: EvaluationContext) -> list[str]:
        column = ctx.item(name)
        return [column] if column is not None else ctx.path(names, False)

    return lookup


def _filtered(
    values: Callable[[EvaluationContext], list[str]], keep: ValueFilter | None
) -> Evaluator:
    if keep is None:
        return lambda ctx: NodeSet(values(ctx))
    return lambda ctx: NodeSet(keep(ctx, values(ctx)))


def _matching_rows(
    ctx: EvaluationContext, rows: list[Mapping[str, str]], test: Evaluator
) -> list[Mapping[str, str]]:
    size = len(rows)
    return [
        row
        for where, row in enumerate(rows, 1)
        if _passes(test(Scope(ctx, row.get("name", ""), where, size, row)), where)
    ]


def _passes(result: Value, where: int) -> bool:
    """XPath predicate rule: a number selects that position, anything else is a boolean."""
    if isinstance(result, float):
        return result == where
    return to_boolean(result)


def _whole_at_least_one(value: Value) -> int:
    number = to_number(value)
    if math.isnan(number) or number < 1 or math.isinf(number):
        return 1
    return int(number)
