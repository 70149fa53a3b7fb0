"""Binary operators with JavaRosa's type rules.

``=``/``!=`` compare as booleans if either side is a boolean, else as
numbers if either side is a number, else as text; so ``'2' = 2`` is true and
``'' = 0`` is false (NaN never equals anything).  ``< <= > >=`` always
compare numbers.  A node-set with several nodes compares existentially, as
in XPath 1.0 (JavaRosa would refuse it).  Arithmetic follows IEEE doubles:
division by zero gives Infinity or NaN, and ``mod`` takes the dividend's sign.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from .values import NodeSet, Value, to_boolean, to_number

_TINY = 1e-12

Comparison = Callable[[Value, Value], bool]


def _equal(left: Value, right: Value) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        a = to_number(left)
        b = to_number(right)
        return a == b or abs(a - b) < _TINY
    return left == right


def _unpack(value: Value) -> Value:
    return value.first() if isinstance(value, NodeSet) else value


def _existential(test: Comparison) -> Comparison:
    """Apply ``test`` to single values, or to any node of a multi-node set."""

    def compare(left: Value, right: Value) -> bool:
        if isinstance(left, NodeSet) and len(left.values) > 1:
            return any(compare(item, right) for item in left.values)
        if isinstance(right, NodeSet) and len(right.values) > 1:
            return any(compare(left, item) for item in right.values)
        return test(_unpack(left), _unpack(right))

    return compare


def _numeric(test: Callable[[float, float], bool]) -> Comparison:
    return _existential(lambda left, right: test(to_number(left), to_number(right)))


def _divide(left: float, right: float) -> float:
    if right == 0.0:
        if left == 0.0 or math.isnan(left):
            return math.nan
        return math.copysign(math.inf, left) * math.copysign(1.0, right)
    return left / right


def _modulo(left: float, right: float) -> float:
    if right == 0.0 or math.isinf(left) or math.isnan(left) or math.isnan(right):
        return math.nan
    if math.isinf(right):
        return left
    return math.fmod(left, right)


COMPARISONS: dict[str, Comparison] = {
    "=": _existential(_equal),
    "!=": _existential(lambda left, right: not _equal(left, right)),
    "<": _numeric(operator.lt),
    "<=": _numeric(operator.le),
    ">": _numeric(operator.gt),
    ">=": _numeric(operator.ge),
}

ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "div": _divide,
    "mod": _modulo,
}


def union(left: Value, right: Value) -> NodeSet:
    """``a | b``: both sides must be node-sets."""
    if not isinstance(left, NodeSet) or not isinstance(right, NodeSet):
        raise ExpressionError(
            "type-mismatch",
            QT_TRANSLATE_NOOP(
                "UserError", "The '|' operator joins two lists of nodes, not plain values."
            ),
        )
    return NodeSet(left.values + right.values)
