"""Text functions: XPath 1.0's 1-based ``substring`` beside JavaRosa's 0-based ``substr``.

``string-length``, ``substring`` and ``substr`` count UTF-16 code units as
JavaRosa and Enketo do (``.utf16``): a character outside the Basic
Multilingual Plane counts two.  The functions that find text rather than
count (``substring-before``/``-after``, ``contains``) cut only at whole
matches and agree with the peers without counting.  ``translate`` maps whole
characters: the peers map each half of a pair on its own, which can leave
a lone half (``translate('a', 'a', '😀')``); we keep such a character whole.
``normalize-space`` collapses only XML whitespace (#x20 #x9 #xD #xA), as
XPath 1.0 defines it: a no-break space or a Khmer word separator is text, not
space.  ``regex`` is a full match run by RE2.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..context import EvaluationContext
from ..patterns import full_match
from ..values import Value, flatten, to_number, to_string
from .registry import function
from .utf16 import utf16_length, utf16_slice

_XML_SPACES = re.compile(r"[ \t\r\n]+")


@function("string", 0, 1, reads_current=True)
def _string(ctx: EvaluationContext, value: Value | None = None) -> str:
    return ctx.current() if value is None else to_string(value)


@function("concat", 0, None)
def _concat(ctx: EvaluationContext, *values: Value) -> str:
    return "".join(to_string(value) for value in flatten(values))


@function("join", 1, None)
def _join(ctx: EvaluationContext, separator: Value, *values: Value) -> str:
    return to_string(separator).join(to_string(value) for value in flatten(values))


@function("string-length", 0, 1, reads_current=True)
def _string_length(ctx: EvaluationContext, value: Value | None = None) -> float:
    text = ctx.current() if value is None else to_string(value)
    return float(utf16_length(text))


@function("normalize-space", 0, 1, reads_current=True)
def _normalize_space(ctx: EvaluationContext, value: Value | None = None) -> str:
    text = ctx.current() if value is None else to_string(value)
    return _XML_SPACES.sub(" ", text).strip(" ")


@function("substr", 2, 3)
def _substr(ctx: EvaluationContext, value: Value, start: Value, end: Value | None = None) -> str:
    text = to_string(value)
    length = utf16_length(text)
    first = _index(start, 0)
    last = length if end is None else _index(end, length)
    if first < 0:
        first += length
    if last < 0:
        last += length
    first = min(max(first, 0), length)
    last = min(max(last, 0), length)
    return utf16_slice(text, first, last) if first <= last else ""


@function("substring", 2, 3)
def _substring(
    ctx: EvaluationContext, value: Value, start: Value, length: Value | None = None
) -> str:
    """XPath 1.0: the code units at 1-based p, round(start) <= p < round(start) + round(len)."""
    text = to_string(value)
    first = xpath_round(to_number(start))
    last = math.inf if length is None else first + xpath_round(to_number(length))
    if math.isnan(first) or math.isnan(last):
        return ""
    after_end = utf16_length(text) + 1
    begin, end = (int(min(max(bound, 1), after_end)) for bound in (first, last))
    return utf16_slice(text, begin - 1, end - 1) if begin < end else ""


def xpath_round(number: float) -> float:
    """XPath 1.0 ``round``: the closest integer, halves toward positive infinity."""
    if not math.isfinite(number):
        return number
    return float(math.floor(number + 0.5))


def _index(value: Value, default: int) -> int:
    number = to_number(value)
    return math.trunc(number) if math.isfinite(number) else default


@function("substring-before", 2)
def _substring_before(ctx: EvaluationContext, value: Value, marker: Value) -> str:
    text, found = to_string(value), to_string(marker)
    where = text.find(found)
    return text[:where] if where >= 0 else ""


@function("substring-after", 2)
def _substring_after(ctx: EvaluationContext, value: Value, marker: Value) -> str:
    text, found = to_string(value), to_string(marker)
    where = text.find(found)
    return text[where + len(found) :] if where >= 0 else ""


@function("translate", 3)
def _translate(ctx: EvaluationContext, value: Value, source: Value, target: Value) -> str:
    return to_string(value).translate(_translation(to_string(source), to_string(target)))


@lru_cache(maxsize=256)
def _translation(source: str, target: str) -> dict[int, int | None]:
    """XPath ``translate`` table: the first mapping of a character wins; extras delete."""
    table: dict[int, int | None] = {}
    for index, char in enumerate(source):
        if ord(char) not in table:
            table[ord(char)] = ord(target[index]) if index < len(target) else None
    return table


@function("contains", 2)
def _contains(ctx: EvaluationContext, value: Value, part: Value) -> bool:
    return to_string(part) in to_string(value)


@function("starts-with", 2)
def _starts_with(ctx: EvaluationContext, value: Value, part: Value) -> bool:
    return to_string(value).startswith(to_string(part))


@function("ends-with", 2)
def _ends_with(ctx: EvaluationContext, value: Value, part: Value) -> bool:
    return to_string(value).endswith(to_string(part))


@function("regex", 2)
def _regex(ctx: EvaluationContext, value: Value, pattern: Value) -> bool:
    return full_match(to_string(pattern), to_string(value))


@function("jr:itext", 1)
def _itext(ctx: EvaluationContext, text_id: Value) -> str:
    return ctx.itext(to_string(text_id))
