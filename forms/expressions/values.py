"""XPath values and the conversions between them, following JavaRosa.

Where JavaRosa differs from XPath 1.0 it wins, because forms are tested in
ODK Collect: ``number("")`` is NaN, ``number("1,5")`` is 1.5, a node-set
holding one node converts through its text (so ``boolean(${q})`` is false
for an unanswered question), and a date text converts to days.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache

from .temporal import text_to_days

NAN = math.nan
_TINY = 1e-12
_NUMBER_CHARS = frozenset("-.0123456789")


class NodeSet:
    """The values of the nodes a path or ``${name}`` selected, in document order."""

    __slots__ = ("values",)

    def __init__(self, values: list[str]) -> None:
        self.values = values

    def first(self) -> str:
        """The string value XPath uses for the whole set: its first node's, or ''."""
        return self.values[0] if self.values else ""

    def __len__(self) -> int:
        return len(self.values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NodeSet) and other.values == self.values

    def __hash__(self) -> int:
        return hash(tuple(self.values))

    def __repr__(self) -> str:
        return f"NodeSet({self.values!r})"


Value = float | str | bool | NodeSet


def to_number(value: Value) -> float:
    """XPath ``number()`` with JavaRosa's string rules and dates as days."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    if isinstance(value, NodeSet):
        value = value.first()
    if isinstance(value, str):
        return string_to_number(value)
    return float(value)


@lru_cache(maxsize=8192)
def string_to_number(text: str) -> float:
    """Digits, '-' and '.' (',' read as '.') only; ISO dates become days; else NaN."""
    cleaned = text.replace(",", ".").strip()
    if cleaned and _NUMBER_CHARS.issuperset(cleaned):
        try:
            return float(cleaned)
        except ValueError:
            pass
    days = text_to_days(text.strip())
    return NAN if days is None else days


def to_string(value: Value) -> str:
    """XPath ``string()``; numbers print as JavaRosa prints them."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, NodeSet):
        return value.first()
    return format_number(value)


def format_number(number: float) -> str:
    """Integers without '.0', 'NaN', 'Infinity', and tiny values as '0'.

    Never in exponent notation: XPath 1.0 prints 1e20 as
    '100000000000000000000' and 1e-6 as '0.000001' (JavaRosa's own tests want
    this too), and text with an exponent would not read back as a number.
    """
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if abs(number) < _TINY:
        return "0"
    nearest = round(number)
    if abs(number - nearest) < _TINY and abs(number) < 1e15:
        return str(int(nearest))
    if number.is_integer():
        return str(int(number))
    text = repr(number)
    return format(Decimal(text), "f") if "e" in text else text


def to_boolean(value: Value) -> bool:
    """XPath ``boolean()``; a one-node set is true when its text is non-empty."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return abs(value) > _TINY
    if isinstance(value, str):
        return value != ""
    count = len(value.values)
    if count == 1:
        return value.values[0] != ""
    return count > 1


def is_empty(value: Value) -> bool:
    """JavaRosa's 'null': an empty text or NaN, as tested by ``coalesce``."""
    if isinstance(value, NodeSet):
        value = value.first()
    if isinstance(value, str):
        return value == ""
    return isinstance(value, float) and math.isnan(value)


def flatten(values: tuple[Value, ...]) -> list[Value]:
    """Arguments with every node-set spread into its node values."""
    spread: list[Value] = []
    for value in values:
        if isinstance(value, NodeSet):
            spread.extend(value.values)
        else:
            spread.append(value)
    return spread
