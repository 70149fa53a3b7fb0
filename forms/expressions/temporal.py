"""Dates as ODK stores them: ISO text that also behaves as a number of days.

JavaRosa keeps typed Date objects; Fieldwheel keeps every answer as text.  To
get the same arithmetic (``today() - ${dob}``, ``${end} > ${start}``) a text
that looks like an ISO date or dateTime converts to days since 1970-01-01
whenever a number is needed.  A dateTime with an offset is converted through
UTC; one without an offset is read as written.
"""

from __future__ import annotations

import datetime
import math
import re
from functools import lru_cache

EPOCH = datetime.date(1970, 1, 1)
_EPOCH_NAIVE = datetime.datetime(1970, 1, 1)
_EPOCH_UTC = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_SECONDS_PER_DAY = 86400.0

_DATE_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = r"(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?"
_DATETIME_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ]" + _TIME)
_TIME_RE = re.compile(_TIME)


@lru_cache(maxsize=4096)
def parse_temporal(text: str) -> datetime.date | datetime.datetime | None:
    """A date, a dateTime or (for a bare time) a dateTime on 1970-01-01; else None."""
    text = text.strip()
    match = _DATE_RE.fullmatch(text)
    try:
        if match:
            return datetime.date(*(int(part) for part in match.groups()))
        match = _DATETIME_RE.fullmatch(text)
        if match:
            year, month, day = (int(part) for part in match.groups()[:3])
            return _with_time(datetime.datetime(year, month, day), match.groups()[3:])
        match = _TIME_RE.fullmatch(text)
        if match:
            return _with_time(_EPOCH_NAIVE, match.groups())
    except ValueError:
        return None
    return None


def _with_time(day: datetime.datetime, parts: tuple[str | None, ...]) -> datetime.datetime:
    hour, minute, second, fraction, offset = parts
    micros = int((fraction or "0")[:6].ljust(6, "0"))
    moment = day.replace(
        hour=int(hour or 0), minute=int(minute or 0), second=int(second or 0), microsecond=micros
    )
    return moment.replace(tzinfo=_zone(offset)) if offset else moment


def _zone(offset: str) -> datetime.tzinfo:
    if offset == "Z":
        return datetime.UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    if int(digits[2:4] or 0) >= 60:
        raise ValueError(f"offset minutes out of range in {offset}")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return datetime.timezone(sign * datetime.timedelta(minutes=minutes))


def text_to_days(text: str) -> float | None:
    """Days since 1970-01-01 of a date or dateTime text; None when it is neither."""
    if len(text) < 10 or text[4:5] != "-":
        return None
    value = parse_temporal(text)
    if value is None:
        return None
    return to_days(value)


def to_days(value: datetime.date | datetime.datetime) -> float:
    """Days since the epoch; whole for dates, fractional for dateTimes."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            return (value - _EPOCH_UTC).total_seconds() / _SECONDS_PER_DAY
        return (value - _EPOCH_NAIVE).total_seconds() / _SECONDS_PER_DAY
    return float((value - EPOCH).days)


def days_to_datetime(days: float) -> datetime.datetime | None:
    """The naive dateTime ``days`` after the epoch; None when out of range."""
    if math.isnan(days) or math.isinf(days):
        return None
    try:
        return _EPOCH_NAIVE + datetime.timedelta(days=days)
    except OverflowError:
        return None


def days_to_date(days: float) -> datetime.date | None:
    """The date ``int(days)`` days after the epoch, truncating like JavaRosa."""
    if math.isnan(days) or math.isinf(days):
        return None
    try:
        return EPOCH + datetime.timedelta(days=math.trunc(days))
    except OverflowError:
        return None


def as_datetime(value: datetime.date | datetime.datetime) -> datetime.datetime:
    """A date widened to midnight so formatting code handles one type."""
    if isinstance(value, datetime.datetime):
        return value
    return datetime.datetime(value.year, value.month, value.day)


def format_date(value: datetime.date) -> str:
    """``YYYY-MM-DD``, the form ODK stores dates in."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 with milliseconds and, when known, the offset, as ODK stores dateTimes."""
    text = (
        f"{format_date(value)}T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
        f".{value.microsecond // 1000:03d}"
    )
    offset = value.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{text}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
