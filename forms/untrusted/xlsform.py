"""The untrusted-file checks for XLSForm files, worded as form errors.

A form file gets the same guards as a package (ordinary file, size, zip
directory, bounded cells, no DOCTYPE) with the form's limits.  A file that
is not a zip, or a damaged one, keeps the loader's long-standing code
``form-unreadable``.
"""

from __future__ import annotations

from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP, FormError
from forms.untrusted.archive import open_workbook_zip
from forms.untrusted.files import read_regular_file
from forms.untrusted.limits import FORM_LIMITS, UntrustedFileError

_UNREADABLE = frozenset({"form-not-xlsx", "form-damaged"})


def read_form_file(path: Path) -> bytes:
    """The bytes of the form file at ``path``, an ordinary file within the size limit."""
    try:
        return read_regular_file(
            path,
            label="form",
            what=QT_TRANSLATE_NOOP("UserError", "form file"),
            max_bytes=FORM_LIMITS.max_file_bytes,
        )
    except UntrustedFileError as error:
        raise _form_error(error, str(path)) from None


def check_xlsx_form(data: bytes, name: str) -> None:
    """Refuse an .xlsx form whose zip or sheets could exhaust the reader."""
    try:
        open_workbook_zip(data, name, FORM_LIMITS).close()
    except UntrustedFileError as error:
        raise _form_error(error, name) from None


def _form_error(error: UntrustedFileError, path: str) -> FormError:
    if error.code in _UNREADABLE:
        return FormError(
            "form-unreadable",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} could not be read as a .xlsx XLSForm: the file is damaged or is "
                "not in that format.",
            ),
            path=path,
            name=Path(path).name,
        )
    return FormError(error.code, error.template, **{**error.params, "path": path})
