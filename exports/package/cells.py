"""How one value becomes one spreadsheet cell, both ways.

Two encodings live here because the package has two audiences.  The
manifest (and the hidden sheets of schema 1 packages) must give back every
string exactly, so each field is
JSON-escaped (control characters, CR, the ``_xHHHH_`` sequences Excel and
calamine unescape, and a leading ``=`` all become ``\\u`` escapes) and split
into chunks Excel accepts.  The visible sheets are for people: text is made
XML-safe and cut to Excel's cell limit, numbers and dates become real ones,
and text a spreadsheet would run as a formula is written as a string cell.
``comparable`` puts a written value and the value a reader returns on the
same footing, which is what the hand-edit check compares.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

CHUNK = 16_000
"""Characters per canonical cell: 32,767 UTF-16 units even if all are emoji."""
VISIBLE_LIMIT = 32_000
"""Readable text is cut here, under Excel's limit of 32,767 UTF-16 units (which XlsxWriter
enforces by cutting silently; the file's ``_x005F_`` escapes do not count)."""
VISIBLE_CUT_NOTE = " […]"
EMPTY_STRING = '""'
"""Canonical cell for ``""``; an encoded string never reads ``""`` (quotes are escaped)."""

_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\ufffe\uffff]|_x|_X|^=')
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_INTEGER = re.compile(r"-?(0|[1-9]\d{0,14})")
_DECIMAL = re.compile(r"-?\d{1,15}(\.\d{1,15})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACE_RUN = " " * 64
"""Longer runs of spaces are spelled out, so chunking never leaves a blank cell."""
SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")


# Canonical (hidden) cells -------------------------------------------------


def encode_field(value: str | None) -> list[str | None]:
    """A field as one or more cell texts (more than one only past ``CHUNK``)."""
    if value is None:
        return [None]
    if value == "":
        return [EMPTY_STRING]
    text = value
    if _NEEDS_ESCAPE.search(value):
        text = json.dumps(value, ensure_ascii=False)[1:-1]
        text = (
            text.replace("_x", "_\\u0078")
            .replace("_X", "_\\u0058")
            .replace("\ufffe", "\\ufffe")
            .replace("\uffff", "\\uffff")
        )
        if text.startswith("="):
            text = "\\u003d" + text[1:]
    if not text.strip(" ") or _SPACE_RUN in text:
        # openpyxl wrote a space-only cell without xml:space="preserve", and
        # readers then returned "": the spaces are spelled so no chunk is blank.
        text = text.replace(" ", "\\u0020")
    if len(text) <= CHUNK:
        return [text]
    return [text[start : start + CHUNK] for start in range(0, len(text), CHUNK)]


def decode_field(text: Any) -> str | None:
    """The field ``encode_field`` wrote (its chunks already joined)."""
    if text is None or text == "":
        return None
    if not isinstance(text, str):
        raise ValueError("a canonical cell holds a number or date, not text")
    if text == EMPTY_STRING:
        return ""
    if "\\" not in text:
        return text
    return json.loads(f'"{text}"')


# Visible cells ------------------------------------------------------------


def readable_text(value: str) -> str:
    """Text to write, as a reader gives it back: XML-safe, LF line ends, within Excel's limit.

    XlsxWriter escapes a literal ``_xHHHH_`` itself (as ``_x005F_xHHHH_``), so
    readers that unescape give back this very text.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _ILLEGAL_XML.sub("\ufffd", text)
    if len(text) > CHUNK and _utf16_length(text) > VISIBLE_LIMIT:
        text = _cut(text, VISIBLE_LIMIT - len(VISIBLE_CUT_NOTE)) + VISIBLE_CUT_NOTE
    return text


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _cut(text: str, budget: int) -> str:
    """The longest prefix of ``text`` within ``budget`` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > budget:
            return text[:index]
    return text


def is_formula_like(text: str) -> bool:
    """True for text that Excel or LibreOffice would evaluate when typed in."""
    return text.startswith(_FORMULA_START)


def typed_value(value: str | None, question_type: str | None) -> Any:
    """The readable value of a canonical answer: a number or date where the type says so.

    A calculation's result has no declared type: it is a number when it reads as one.
    Text is returned as is; ``readable_text`` makes it spreadsheet-safe once, at writing.
    """
    if value is None:
        return None
    if question_type in ("integer", "calculate") and _INTEGER.fullmatch(value):
        return int(value)
    if question_type in ("decimal", "calculate") and _DECIMAL.fullmatch(value):
        number = float(value)
        if Decimal(repr(number)) == Decimal(value):
            return number
    if question_type == "date" and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def read_back(value: Any) -> Any:
    """What a reader returns for a readable cell written from ``value``."""
    return readable_text(value) if isinstance(value, str) else value


def comparable(value: Any) -> tuple[str, Any]:
    """A cell value normalised so a written value equals what a reader returns.

    Whitespace-only text counts as empty: packages written by openpyxl hold it
    without ``xml:space="preserve"``, so readers (rightly) give it back as "".
    The exact text survives in the canonical sheet.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        kind, normal = "", ""
    elif isinstance(value, int | float):  # bool is an int
        kind, normal = "n", float(value)
    elif isinstance(value, dt.datetime) and value.time() == dt.time(0):
        kind, normal = "d", value.date().isoformat()
    elif isinstance(value, dt.date | dt.datetime):
        kind, normal = ("t" if isinstance(value, dt.datetime) else "d"), value.isoformat()
    elif isinstance(value, dt.time | dt.timedelta):
        kind, normal = "t", str(value)
    else:
        kind, normal = "s", str(value)
    return (kind, normal)


def canonical_from_cell(value: Any) -> str | None:
    """The canonical answer text of a cell a person typed (for accepted hand edits)."""
    kind, normal = comparable(value)
    if kind == "":
        return None
    if kind == "n":
        return str(int(normal)) if normal.is_integer() else repr(normal)
    return str(normal)


# Sheet names --------------------------------------------------------------


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A name Excel accepts: 31 characters, no ``[]:*?/\\``, not History, unique (any case).

    ``taken`` holds the lower-cased names already used and is updated.
    """
    base = SHEET_NAME_ILLEGAL.sub("_", wanted).strip("'").strip() or "Sheet"
    base = base[:31]
    if base.lower() == "history":
        base = "History_"
    name = base
    counter = 2
    while name.lower() in taken:
        suffix = f"~{counter}"
        name = base[: 31 - len(suffix)] + suffix
        counter += 1
    taken.add(name.lower())
    return name
