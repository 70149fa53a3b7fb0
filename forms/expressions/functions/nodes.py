"""Node-set functions beyond counting: ``randomize``, ``pulldata``, ``id`` and ``lang``.

``randomize`` is the ODK specification's "inside-out" Fisher-Yates shuffle;
with a seed it draws from the Park-Miller generator, so the same seed gives
the same order in Collect, Enketo and here.  ``pulldata('name', ...)`` looks
a value up in the rows of the secondary instance ``name``, which pyxform
always makes the CSV attachment ``name.csv``: a form's source carries no
attachments, so in Fieldwheel (offline, without the server's media) the
lookup finds no rows and reads as '' (``check-form`` warns about it).  Form instances
carry neither ID attributes nor ``xml:lang``, so ``id()`` selects nothing
and ``lang()`` is false, as XPath 1.0 defines them for such documents.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Iterator

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from ..context import EvaluationContext
from ..values import NodeSet, Value, to_number, to_string
from .registry import function

_MODULUS = 2_147_483_647
_MULTIPLIER = 16_807


def park_miller(seed: int) -> Iterator[float]:
    """Park-Miller's uniform numbers in [0, 1), seeded as JavaRosa seeds it."""
    state = math.fmod(float(seed), _MODULUS)
    if state <= 0:
        state += _MODULUS - 1
    while True:
        state = state * _MULTIPLIER % _MODULUS
        yield (state - 1) / (_MODULUS - 1)


def _unseeded() -> Iterator[float]:
    while True:
        yield secrets.randbits(53) / float(1 << 53)


def shuffle(values: list[str], draws: Iterator[float]) -> list[str]:
    """The inside-out Fisher-Yates shuffle of ``values``."""
    shuffled: list[str] = []
    for index, value in enumerate(values):
        swap = math.floor(next(draws) * (index + 1))
        if swap == index:
            shuffled.append(value)
        else:
            shuffled.append(shuffled[swap])
            shuffled[swap] = value
    return shuffled


@function("randomize", 1, 2, volatile=True)
def _randomize(ctx: EvaluationContext, nodes: Value, seed: Value | None = None) -> NodeSet:
    if not isinstance(nodes, NodeSet):
        raise ExpressionError(
            "type-mismatch",
            QT_TRANSLATE_NOOP("UserError", "randomize() needs a list of nodes to shuffle."),
            function="randomize",
        )
    if seed is None:
        return NodeSet(shuffle(nodes.values, _unseeded()))
    number = to_number(seed)
    if not math.isfinite(number):
        raise ExpressionError(
            "type-mismatch",
            QT_TRANSLATE_NOOP("UserError", "randomize() needs a number as its seed, not '{seed}'."),
            function="randomize",
            seed=to_string(seed),
        )
    return NodeSet(shuffle(nodes.values, park_miller(math.trunc(number))))


@function("pulldata", 4)
def _pulldata(
    ctx: EvaluationContext, instance: Value, wanted: Value, key_column: Value, key: Value
) -> str:
    rows = ctx.instance_items(to_string(instance))
    if rows is None:
        return ""
    column, looked_for = to_string(key_column), to_string(key)
    for row in rows:
        if row.get(column) == looked_for:
            return row.get(to_string(wanted), "")
    return ""


@function("id", 1)
def _id(ctx: EvaluationContext, ids: Value) -> NodeSet:
    return NodeSet([])


@function("lang", 1)
def _lang(ctx: EvaluationContext, language: Value) -> bool:
    return False
