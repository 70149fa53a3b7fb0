"""Logic, numbers, aggregates and context functions (XPath core plus ODK's).

Rounding, truncation and min/max follow JavaRosa: ``round`` takes optional
digits and rounds halves up (so -2.5 gives -2, as XPath requires), ``sum``,
``min`` and ``max`` skip empty answers, and ``coalesce`` treats '' and NaN
as missing.
"""

from __future__ import annotations

import math
import secrets
import string
import uuid
from collections.abc import Callable
from decimal import ROUND_HALF_DOWN, ROUND_HALF_UP, Context, Decimal

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from ..context import EvaluationContext
from ..scopes import Scope, outermost
from ..values import NodeSet, Value, flatten, is_empty, to_boolean, to_number, to_string
from .registry import function

Thunk = Callable[[EvaluationContext], Value]

_DECIMALS = Context(prec=400)
_ALPHANUMERIC = string.ascii_letters + string.digits
_LONGEST_ID = 1000  # uuid(n) beyond this is a form mistake, not a request for megabytes

# -- logic -----------------------------------------------------------------


@function("true")
def _true(ctx: EvaluationContext) -> bool:
    return True


@function("false")
def _false(ctx: EvaluationContext) -> bool:
    return False


@function("boolean", 1)
def _boolean(ctx: EvaluationContext, value: Value) -> bool:
    return to_boolean(value)


@function("not", 1)
def _not(ctx: EvaluationContext, value: Value) -> bool:
    return not to_boolean(value)


@function("boolean-from-string", 1)
def _boolean_from_string(ctx: EvaluationContext, value: Value) -> bool:
    text = to_string(value)
    return text.lower() == "true" or text == "1"


@function("if", 3, lazy=True)
def _if(ctx: EvaluationContext, test: Thunk, then: Thunk, otherwise: Thunk) -> Value:
    return then(ctx) if to_boolean(test(ctx)) else otherwise(ctx)


@function("coalesce", 2, None, lazy=True)
def _coalesce(ctx: EvaluationContext, *options: Thunk) -> Value:
    value: Value = ""
    for option in options:
        value = option(ctx)
        if not is_empty(value):
            return value
    return value


@function("once", 1, lazy=True)
def _once(ctx: EvaluationContext, value: Thunk) -> Value:
    stored = outermost(ctx).once_value()
    return stored if stored != "" else value(ctx)


@function("checklist", 2, None)
def _checklist(ctx: EvaluationContext, low: Value, high: Value, *factors: Value) -> bool:
    least, most = _whole(low), _whole(high)
    count = sum(1 for factor in flatten(factors) if to_boolean(factor))
    return (least < 0 or count >= least) and (most < 0 or count <= most)


@function("weighted-checklist", 2, None)
def _weighted_checklist(ctx: EvaluationContext, low: Value, high: Value, *pairs: Value) -> bool:
    if len(pairs) == 2 and all(isinstance(pair, NodeSet) for pair in pairs):
        flags, weights = flatten(pairs[:1]), flatten(pairs[1:])
    else:
        flags, weights = list(pairs[0::2]), list(pairs[1::2])
    if len(flags) != len(weights):
        raise ExpressionError(
            "type-mismatch",
            QT_TRANSLATE_NOOP(
                "UserError", "weighted-checklist() needs one weight for every condition."
            ),
        )
    total = sum(
        to_number(weight) for flag, weight in zip(flags, weights, strict=True) if to_boolean(flag)
    )
    return to_number(low) <= total <= to_number(high)


# -- numbers ---------------------------------------------------------------


@function("number", 1)
def _number(ctx: EvaluationContext, value: Value) -> float:
    return to_number(value)


@function("int", 1)
def _int(ctx: EvaluationContext, value: Value) -> float:
    number = to_number(value)
    return float(math.trunc(number)) if math.isfinite(number) else number


@function("round", 1, 2)
def _round(ctx: EvaluationContext, value: Value, digits: Value = 0.0) -> float:
    return round_half_up(to_number(value), _whole(digits))


def round_half_up(number: float, places: int) -> float:
    """Round like JavaRosa: halves away from zero for positives, toward zero for negatives."""
    if not math.isfinite(number):
        return number
    if abs(places) > 30:
        return math.nan
    exact = Decimal(repr(number))
    if places >= 0:
        mode = ROUND_HALF_DOWN if number < 0 else ROUND_HALF_UP
        return float(exact.quantize(Decimal(1).scaleb(-places), rounding=mode, context=_DECIMALS))
    scaled = float(exact.scaleb(places, context=_DECIMALS))
    return float(Decimal(math.floor(scaled + 0.5)).scaleb(-places, context=_DECIMALS))


def _whole(value: Value) -> int:
    number = to_number(value)
    return math.trunc(number) if math.isfinite(number) else 0


def _finite_only(operation: Callable[[float], float]) -> Callable[[float], float]:
    def apply(number: float) -> float:
        return float(operation(number)) if math.isfinite(number) else number

    return apply


def _guarded(operation: Callable[..., float]) -> Callable[..., float]:
    """IEEE results instead of Python's exceptions (NaN for domain, Infinity for overflow)."""

    def apply(*numbers: float) -> float:
        try:
            return float(operation(*numbers))
        except ValueError:
            return math.nan
        except OverflowError:
            return math.inf

    return apply


def _log(base_log: Callable[[float], float]) -> Callable[[float], float]:
    def apply(number: float) -> float:
        if number == 0.0:
            return -math.inf
        if number == math.inf:
            return math.inf
        return _guarded(base_log)(number)

    return apply


def _power(base: float, exponent: float) -> float:
    if base == 0.0 and exponent < 0:
        return math.inf
    try:
        return math.pow(base, exponent)
    except ValueError:
        return math.nan
    except OverflowError:
        return math.inf if base > 0 or exponent % 2 == 0 else -math.inf


_UNARY_MATH: dict[str, Callable[[float], float]] = {
    "floor": _finite_only(math.floor),
    "ceiling": _finite_only(math.ceil),
    "abs": abs,
    "sqrt": _guarded(math.sqrt),
    "exp": _guarded(math.exp),
    "exp10": _guarded(lambda number: math.pow(10.0, number)),
    "log": _log(math.log),
    "log10": _log(math.log10),
    "sin": _guarded(math.sin),
    "cos": _guarded(math.cos),
    "tan": _guarded(math.tan),
    "asin": _guarded(math.asin),
    "acos": _guarded(math.acos),
    "atan": _guarded(math.atan),
}


def _register_unary(name: str, operation: Callable[[float], float]) -> None:
    def impl(ctx: EvaluationContext, value: Value) -> float:
        return operation(to_number(value))

    function(name, 1)(impl)


for _name, _operation in _UNARY_MATH.items():
    _register_unary(_name, _operation)


@function("pow", 2)
def _pow(ctx: EvaluationContext, base: Value, exponent: Value) -> float:
    return _power(to_number(base), to_number(exponent))


@function("atan2", 2)
def _atan2(ctx: EvaluationContext, y: Value, x: Value) -> float:
    return math.atan2(to_number(y), to_number(x))


@function("pi")
def _pi(ctx: EvaluationContext) -> float:
    return math.pi


@function("random", volatile=True)
def _random(ctx: EvaluationContext) -> float:
    return secrets.randbits(53) / float(1 << 53)


# -- aggregates ------------------------------------------------------------


def _node_set(name: str, value: Value) -> NodeSet:
    if isinstance(value, NodeSet):
        return value
    raise ExpressionError(
        "type-mismatch",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{name}() needs a list of nodes such as ${{repeat}} or a path, not a plain value.",
        ),
        function=name,
        name=name,
    )


@function("count", 1)
def _count(ctx: EvaluationContext, nodes: Value) -> float:
    return float(len(_node_set("count", nodes).values))


@function("count-non-empty", 1)
def _count_non_empty(ctx: EvaluationContext, nodes: Value) -> float:
    return float(sum(1 for value in _node_set("count-non-empty", nodes).values if value != ""))


def _numbers(values: tuple[Value, ...]) -> list[float]:
    numbers = (to_number(value) for value in flatten(values))
    return [number for number in numbers if not math.isnan(number)]


@function("sum", 1)
def _sum(ctx: EvaluationContext, nodes: Value) -> float:
    return math.fsum(_numbers((nodes,)))


@function("min", 1, None)
def _min(ctx: EvaluationContext, *values: Value) -> float:
    numbers = _numbers(values)
    return min(numbers) if numbers else math.nan


@function("max", 1, None)
def _max(ctx: EvaluationContext, *values: Value) -> float:
    numbers = _numbers(values)
    return max(numbers) if numbers else math.nan


# -- context ---------------------------------------------------------------


@function("position", 0, 1, lazy=True)
def _position(ctx: EvaluationContext, *node: Thunk) -> float:
    return float(ctx.position())


@function("last")
def _last(ctx: EvaluationContext) -> float:
    return float(ctx.last) if isinstance(ctx, Scope) else 1.0


@function("current")
def _current(ctx: EvaluationContext) -> NodeSet:
    return NodeSet([outermost(ctx).current()])


@function("uuid", 0, 1, volatile=True)
def _uuid(ctx: EvaluationContext, length: Value | None = None) -> str:
    if length is None:
        return str(uuid.uuid4())
    size = min(max(_whole(length), 0), _LONGEST_ID)
    return "".join(secrets.choice(_ALPHANUMERIC) for _ in range(size))


@function("version")
def _version(ctx: EvaluationContext) -> str:
    return ctx.form_version()
