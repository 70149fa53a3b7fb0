"""Dates: ISO text that behaves as days since 1970-01-01, with a fixed clock."""

import datetime
import math
import re

import pytest

from forms.errors import ExpressionError
from forms.expressions import evaluate

NAN = math.nan
PLUS_TWO = datetime.timezone(datetime.timedelta(hours=2))
NOW = datetime.datetime(2024, 5, 15, 10, 30, 45, 123000, tzinfo=PLUS_TWO)
D = {
    "dob": "2000-02-29",
    "start": "2024-05-01",
    "end": "2024-05-15",
    "visit": "2024-05-15T08:00:00.000+02:00",
    "later": "2024-05-15T20:00:00.000+02:00",
    "naive": "2024-05-15T18:00:00",
    "t": "14:15:30",
    "empty": "",
    "days": "19858",
}


def check(actual, expected):
    if isinstance(expected, int) and not isinstance(expected, bool):
        expected = float(expected)
    assert type(actual) is type(expected), (actual, expected)
    if isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(actual)
    elif isinstance(expected, float):
        assert actual == pytest.approx(expected, abs=1e-9)
    else:
        assert actual == expected


DATE_CASES = [
    ("today()", "2024-05-15"),
    ("now()", "2024-05-15T10:30:45.123+02:00"),
    ("today() = '2024-05-15'", True),
    ("today() > '2024-05-14'", True),
    ("today() < '2024-05-14'", False),
    ("today() >= ${end}", True),
    ("number(today())", 19858),
    ("today() - ${start}", 14),
    ("${end} - ${start}", 14),
    ("${end} > ${start}", True),
    ("${start} > ${end}", False),
    ("${start} = '2024-05-01'", True),
    ("${start} + 1", 19845),
    ("date(${start} + 1)", "2024-05-02"),
    ("date(today() + 7)", "2024-05-22"),
    ("date(today() - 365)", "2023-05-16"),
    ("date(0)", "1970-01-01"),
    ("date(-1)", "1969-12-31"),
    ("date(19858.9)", "2024-05-15"),
    ("date('2024-05-15')", "2024-05-15"),
    ("date('2024-05-15T23:59:00')", "2024-05-15"),
    ("date(${days})", "2024-05-15"),
    ("date('')", ""),
    ("date(${empty})", ""),
    ("date(0 div 0)", NAN),
    ("int((today() - ${dob}) div 365.25)", 24),
    ("${dob} < today()", True),
    ("${dob} < '1999-12-31'", False),
    ("${empty} < today()", False),
    ("${visit} < ${later}", True),
    ("${later} - ${visit}", 0.5),
    ("${visit} - ${start}", 14.25),
    ("decimal-date-time('1970-01-02')", 1),
    ("decimal-date-time('1970-01-01T12:00:00Z')", 0.5),
    ("decimal-date-time('1970-01-01T12:00:00+02:00')", 10 / 24),
    ("decimal-date-time(${naive})", 19858.75),
    ("decimal-date-time(${empty})", ""),
    ("decimal-date-time(3.25)", 3.25),
    ("decimal-time('06:00:00')", 0.25),
    ("decimal-time(${t})", (14 * 3600 + 15 * 60 + 30) / 86400),
    ("decimal-time(${visit})", 8 / 24),
    ("decimal-time(2.75)", 0.75),
    ("decimal-time(${empty})", ""),
    ("date-time(0.5)", "1970-01-01T12:00:00.000"),
    ("date-time('2024-05-15')", "2024-05-15T00:00:00.000"),
    ("date-time(${visit})", "2024-05-15T08:00:00.000+02:00"),
    ("date-time('')", ""),
    ("date-time(decimal-date-time(${naive}))", "2024-05-15T18:00:00.000"),
    ("format-date('2024-03-05', '%Y-%m-%d')", "2024-03-05"),
    ("format-date('2024-03-05', '%y/%n/%e')", "24/3/5"),
    ("format-date('2024-03-05', '%d %b %Y')", "05 Mar 2024"),
    ("format-date('2024-03-05', '%a')", "Tue"),
    ("format-date('2024-03-05', 'Day %e of month %n')", "Day 5 of month 3"),
    ("format-date('2024-03-05', '100%% %Q')", "100% %Q"),
    ("format-date(today(), '%d/%m/%Y')", "15/05/2024"),
    ("format-date(${empty}, '%Y')", ""),
    ("format-date('garbage', '%Y')", ""),
    ("format-date(0, '%Y-%m-%d')", "1970-01-01"),
    ("format-date(${days}, '%Y-%m-%d')", "2024-05-15"),
    ("format-date-time(${visit}, '%H:%M:%S')", "08:00:00"),
    ("format-date-time(now(), '%Y-%m-%d %H:%M:%S.%3')", "2024-05-15 10:30:45.123"),
    ("format-date-time('2024-05-15T07:05:09', '%h:%M')", "7:05"),
    ("format-date-time(${t}, '%H-%M')", "14-15"),
    ("format-date-time(0.5, '%H:%M')", "12:00"),
    ("string(${start} + 0)", "19844"),
    ("if(${end} - ${start} > 7, 'late', 'on time')", "late"),
    ("today() - date('2024-05-01')", 14),
    ("${start} = date(19844)", True),
]


@pytest.mark.parametrize(("expression", "expected"), DATE_CASES)
def test_dates(expression, expected):
    check(evaluate(expression, D, now=NOW), expected)


@pytest.mark.parametrize("expression", ["date('not a date')", "date('2024-02-30')", "date(true())"])
def test_date_refuses_what_is_no_date_as_javarosa_does(expression):
    with pytest.raises(ExpressionError, match="as a date"):
        evaluate(expression, D, now=NOW)


def test_now_without_fixed_clock_is_local_and_aware():
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d", evaluate("now()"))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", evaluate("today()"))
