"""Date and time functions.

Results are ISO text (``today()`` is ``YYYY-MM-DD``, ``now()`` a dateTime with
the local offset) so they can be stored as answers directly; arithmetic on
them works because text that looks like a date converts to days (see
``temporal``).  Empty input gives empty output, as in JavaRosa.  ``date()``
of text that is no date, or of a boolean, is an error as in JavaRosa (the form
state shows it as a warning on the question); the other functions give NaN or
'' for such text instead.
"""

from __future__ import annotations

import datetime
import math
import re

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from ..context import EvaluationContext
from ..temporal import (
    as_datetime,
    days_to_date,
    days_to_datetime,
    format_date,
    format_datetime,
    parse_temporal,
    to_days,
)
from ..values import NodeSet, Value, to_number, to_string
from .registry import function

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DIRECTIVE = re.compile(r"%(.)", re.DOTALL)


def _moment(value: Value) -> datetime.date | datetime.datetime | float | None:
    """A date or dateTime; None for empty input; NaN for anything unreadable.

    Numbers, and text holding only a number, count as days since the epoch.
    """
    if isinstance(value, NodeSet):
        value = value.first()
    if isinstance(value, str):
        if not value.strip():
            return None
        parsed = parse_temporal(value)
        if parsed is not None:
            return parsed
    moment = days_to_datetime(to_number(value))
    return math.nan if moment is None else moment


@function("today", volatile=True)
def _today(ctx: EvaluationContext) -> str:
    return format_date(ctx.now().date())


@function("now", volatile=True)
def _now(ctx: EvaluationContext) -> str:
    return format_datetime(ctx.now())


@function("date", 1)
def _date(ctx: EvaluationContext, value: Value) -> Value:
    """``date(n)`` is n days after 1970-01-01; ``date('2024-05-01T10:00')`` drops the time.

    A boolean, or text that is no date (``'2024-02-30'``), is refused as
    JavaRosa refuses it.  ``date('2024-5-1')`` reads single-digit months and
    days, as JavaRosa's date parser does.
    """
    if isinstance(value, bool):
        raise _not_a_date(to_string(value))
    if isinstance(value, float):
        day = days_to_date(to_number(value))
        return math.nan if day is None else format_date(day)
    moment = _moment(value)
    if moment is None:
        return ""
    if isinstance(moment, float):
        raise _not_a_date(to_string(value))
    return format_date(moment)


def _not_a_date(text: str) -> ExpressionError:
    return ExpressionError(
        "type-mismatch",
        QT_TRANSLATE_NOOP("UserError", "date() cannot read '{text}' as a date (YYYY-MM-DD)."),
        text=text,
    )


@function("date-time", 1)
def _date_time(ctx: EvaluationContext, value: Value) -> Value:
    moment = _moment(value)
    if moment is None:
        return ""
    if isinstance(moment, float):
        return moment
    return format_datetime(as_datetime(moment))


@function("decimal-date-time", 1)
def _decimal_date_time(ctx: EvaluationContext, value: Value) -> Value:
    """Fractional days since the epoch; UTC when the dateTime carries an offset."""
    moment = _moment(value)
    if moment is None:
        return ""
    if isinstance(moment, float):
        return moment
    return to_days(moment)


@function("decimal-time", 1)
def _decimal_time(ctx: EvaluationContext, value: Value) -> Value:
    """The fraction of the day a time or dateTime has passed on the device's clock.

    A time written with an offset is first moved to the clock's own offset, as
    the ODK specification asks ("in the device's timezone"); one without an
    offset is read as written.
    """
    if isinstance(value, (float, bool)):
        number = to_number(value)
        return number - math.floor(number) if math.isfinite(number) else number
    moment = _moment(value)
    if moment is None:
        return ""
    if isinstance(moment, float):
        return moment
    wall = as_datetime(moment)
    if wall.tzinfo is not None:
        wall = wall.astimezone(ctx.now().tzinfo)
    seconds = wall.hour * 3600 + wall.minute * 60 + wall.second + wall.microsecond / 1e6
    return seconds / 86400.0


@function("format-date", 2)
def _format_date(ctx: EvaluationContext, value: Value, pattern: Value) -> str:
    moment = _moment(value)
    if moment is None or isinstance(moment, float):
        return ""
    return format_moment(as_datetime(moment), to_string(pattern))


function("format-date-time", 2)(_format_date)


def format_moment(moment: datetime.datetime, pattern: str) -> str:
    """Apply ODK's ``%`` directives; an unknown directive is kept as written."""

    def directive(match: re.Match[str]) -> str:
        code = match.group(1)
        formatter = _FORMATTERS.get(code)
        return formatter(moment) if formatter else match.group()

    return _DIRECTIVE.sub(directive, pattern)


_FORMATTERS = {
    "Y": lambda m: f"{m.year:04d}",
    "y": lambda m: f"{m.year % 100:02d}",
    "m": lambda m: f"{m.month:02d}",
    "n": lambda m: str(m.month),
    "b": lambda m: _MONTHS[m.month - 1],
    "d": lambda m: f"{m.day:02d}",
    "e": lambda m: str(m.day),
    "H": lambda m: f"{m.hour:02d}",
    "h": lambda m: str(m.hour),
    "M": lambda m: f"{m.minute:02d}",
    "S": lambda m: f"{m.second:02d}",
    "3": lambda m: f"{m.microsecond // 1000:03d}",
    "a": lambda m: _WEEKDAYS[m.weekday()],
    "%": lambda m: "%",
}
