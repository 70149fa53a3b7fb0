"""How large and how deep a form may be, checked before pyxform builds anything.

A form arrives by e-mail or USB stick, so its size is not trusted: a
million-row survey kept pyxform busy for minutes and 500 groups inside one
another ended in a RecursionError.  Real forms are far smaller (the largest
in the corpus has 386 survey rows, 2,153 choices and 5 levels of groups), so
the limits below refuse only what no one fills in, each with one sentence
that names the sheet and, for nesting, the row.  Text forms (.csv, .md) are
counted by lines before they are parsed; every format is counted by rows
once read, before pyxform turns the rows into a survey.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, FormError
from forms.untrusted.limits import FORM_LIMITS

MAX_FORM_BYTES = FORM_LIMITS.max_file_bytes
"""A form file's size (the untrusted-file guard's limit, also for forms kept in a database)."""
MAX_SURVEY_ROWS = 20_000
"""Rows of the survey sheet (questions, groups and their ends)."""
MAX_SHEET_ROWS = 100_000
"""Rows of any other sheet (choices, settings, external_choices, entities)."""
MAX_NESTING = 32
"""Groups and repeats inside one another."""
_SHEETS = ("survey", "choices", "settings", "external_choices", "entities", "osm")
_HEADER_ROW = 1
_NESTERS = frozenset({"group", "repeat", "loop"})


def check_bytes(data: bytes, name: str, suffix: str) -> None:
    """Refuse a form file too large to read, and a text form with too many lines."""
    if len(data) > MAX_FORM_BYTES:
        raise FormError(
            "form-too-large",
            QT_TRANSLATE_NOOP(
                "UserError", "{name} is {megabytes:.0f} MB; a form may be at most {most} MB."
            ),
            path=name,
            name=name,
            megabytes=len(data) / 1024**2,
            most=MAX_FORM_BYTES // 1024**2,
        )
    if suffix not in (".csv", ".md"):
        return
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    if lines > MAX_SHEET_ROWS:
        raise FormError(
            "form-too-many-rows",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} has {lines:,} lines; a form may have at most "
                "{most_survey_rows:,} survey rows and {most_rows:,} rows in each other "
                "sheet.",
            ),
            path=name,
            name=name,
            lines=lines,
            most_survey_rows=MAX_SURVEY_ROWS,
            most_rows=MAX_SHEET_ROWS,
        )


def check_rows(workbook: Any, name: str) -> None:
    """Refuse a sheet with more rows than a form may have; ``workbook`` is pyxform's read."""
    for sheet in _SHEETS:
        rows = len(getattr(workbook, sheet, None) or ())
        most = MAX_SURVEY_ROWS if sheet == "survey" else MAX_SHEET_ROWS
        if rows > most:
            raise FormError(
                "form-too-many-rows",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} has {rows:,} rows in its {sheet} sheet; a form may have at most "
                    "{most:,} there.",
                ),
                path=name,
                sheet=sheet,
                name=name,
                rows=rows,
                most=most,
            )


def check_nesting(survey: Sequence[Mapping[str, Any]], name: str) -> None:
    """Refuse groups and repeats nested deeper than MAX_NESTING, naming the first row too deep."""
    depth = 0
    for index, row in enumerate(survey):
        words = _type_words(row)
        if len(words) < 2 or words[1] not in _NESTERS:
            continue
        if words[0] == "begin":
            depth += 1
        elif words[0] == "end":
            depth = max(depth - 1, 0)
        if depth > MAX_NESTING:
            number = index + _HEADER_ROW + 1
            raise FormError(
                "form-too-deep",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} nests groups and repeats more than {most} deep (sheet survey, "
                    "row {number}): this {kind} is level {depth}; a form may nest at most "
                    "{most} levels.",
                ),
                path=name,
                sheet="survey",
                row=number,
                column="type",
                name=name,
                most=MAX_NESTING,
                number=number,
                kind=words[1],
                depth=depth,
            )


def _type_words(row: Mapping[str, Any]) -> list[str]:
    """The ``type`` cell as lower-case words (``begin_repeat`` -> ``begin``, ``repeat``)."""
    for key, value in row.items():
        if str(key).strip().lower() == "type" and value is not None:
            return str(value).lower().replace("_", " ").split(maxsplit=2)[:2]
    return []
