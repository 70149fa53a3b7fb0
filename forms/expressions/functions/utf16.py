"""Text positions in UTF-16 code units, as JavaRosa (Java) and Enketo (JavaScript) count them.

Their strings are UTF-16, so ``string-length('😀')`` is 2 there: a character
outside the Basic Multilingual Plane (most emoji, some CJK and historic
scripts) is a surrogate pair, two code units.  A form written against them
(``string-length(.) <= 10``, ``substr(., 0, 4)``) must get the same answer
here, so lengths and positions count code units, not Python's code points.

Where a cut falls between the two halves of a pair, Java and JavaScript keep
the lone half, which is no valid text: it cannot be encoded as UTF-8 for
SQLite, and openpyxl writes it into a workbook that no XML reader (openpyxl
included) opens again.  We put U+FFFD (the replacement character) in its
place instead.  It is one code unit as the half was, so the length of a
cut piece, and every position after it, still match the peers.
"""

from __future__ import annotations

_UTF16 = "utf-16-le"


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (a lone surrogate counts one)."""
    return len(text.encode(_UTF16, "surrogatepass")) // 2


def utf16_slice(text: str, first: int, last: int) -> str:
    """Code units ``first`` to ``last`` (exclusive, 0-based, 0 <= first <= last) of ``text``.

    A surrogate pair cut in two leaves U+FFFD where its half would be.
    """
    units = text.encode(_UTF16, "surrogatepass")
    return units[2 * first : 2 * last].decode(_UTF16, "replace")
