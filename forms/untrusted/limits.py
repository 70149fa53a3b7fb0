"""The limits an untrusted workbook must stay within, and the refusal they raise.

One ``Limits`` per kind of file: a package may be larger than a form, but
both are checked by the same code.  ``label`` starts every refusal code
(``package-zip-bomb``, ``form-zip-bomb``) so callers and tests key on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384


class UntrustedFileError(UserError):
    """A file refused by the checks made before reading it; the message says why."""


@dataclass(frozen=True)
class Limits:
    """Bounds checked before any reader allocates.

    ``max_cells`` bounds one sheet's rectangle (last row x last column):
    readers allocate that rectangle, however few cells are filled.
    ``max_total_cells`` bounds the rectangles of all sheets together, since
    a reader may be asked for every sheet; shared strings are bounded by
    ``max_cells``.
    """

    label: str
    max_file_bytes: int
    max_members: int
    max_member_bytes: int
    max_total_bytes: int
    max_rows: int
    max_cells: int
    max_total_cells: int
    max_ratio: int = 200
    ratio_from_bytes: int = 1024**2
    """Small members compress absurdly well (empty styles); the ratio counts from here."""
    formulas_allowed: bool = True

    def refuse(self, kind: str, template: str, **params: Any) -> UntrustedFileError:
        return UntrustedFileError(f"{self.label}-{kind}", template, **params)


PACKAGE_LIMITS = Limits(
    label=QT_TRANSLATE_NOOP("UserError", "package"),
    max_file_bytes=512 * 1024**2,
    max_members=5_000,
    max_member_bytes=256 * 1024**2,
    max_total_bytes=1024**3,
    max_rows=1_000_000,
    max_cells=5_000_000,
    max_total_cells=20_000_000,
    formulas_allowed=False,
)
FORM_LIMITS = Limits(
    label=QT_TRANSLATE_NOOP("UserError", "form"),
    max_file_bytes=32 * 1024**2,
    max_members=2_000,
    max_member_bytes=128 * 1024**2,
    max_total_bytes=256 * 1024**2,
    max_rows=250_000,  # the loader's own limits: 20,000 survey rows, 100,000 per other sheet
    max_cells=5_000_000,
    max_total_cells=20_000_000,
)
SMALL_TEXT_BYTES = 64 * 1024
"""A password file or similar: a few bytes, never a stream."""
