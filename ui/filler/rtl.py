"""Which form languages are written right to left.

XLSForm languages are free text, usually ``Name (code)``; we decide from the
code in parentheses when there is one, else from the name, so both
``Arabic (ar)`` and a bare ``arabic`` column flip the filler's layout.
"""

from __future__ import annotations

import re

_RTL_CODES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "dv", "ckb", "yi", "ji", "syr"})
_RTL_NAMES = (
    "arabic",
    "hebrew",
    "persian",
    "farsi",
    "dari",
    "urdu",
    "pashto",
    "dhivehi",
    "divehi",
    "sorani",
    "central kurdish",
    "yiddish",
    "syriac",
)
_CODE = re.compile(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\)\s*$")


def is_right_to_left(language: str) -> bool:
    """Whether text in ``language`` (an XLSForm language name) runs right to left."""
    match = _CODE.search(language)
    if match:
        return match.group(1).lower() in _RTL_CODES
    name = language.strip().lower()
    return name in _RTL_CODES or any(word in name for word in _RTL_NAMES)
