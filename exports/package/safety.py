"""Checks a package must pass before any spreadsheet reader sees it.

An import file comes from outside: it may be a device or a pipe instead of
a file, truncated, not a zip at all, a zip bomb, an XML bomb, a sheet with a
cell at ``XFD1048576``, formulas, or a million rows.  The generic checks live
in ``forms.untrusted`` (XLSForm workbooks get the same ones); this module
applies them with the package's limits and words what is package-specific.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.untrusted.archive import CheckedWorkbook, check_workbook_zip
from forms.untrusted.files import read_regular_file
from forms.untrusted.limits import PACKAGE_LIMITS, SMALL_TEXT_BYTES, UntrustedFileError


class PackageError(UserError):
    """The file is not a package Fieldwheel can safely import; the message says why."""


def refuse(code: str, template: str, **params: Any) -> PackageError:
    return PackageError(code, template, **params)


def read_package_bytes(path: Path) -> bytes:
    """The package file's bytes: an ordinary file within the size limit, or a refusal."""
    try:
        return read_regular_file(
            path,
            label="package",
            what=QT_TRANSLATE_NOOP("UserError", "package"),
            max_bytes=PACKAGE_LIMITS.max_file_bytes,
        )
    except UntrustedFileError as error:
        raise refuse(error.code, error.template, **error.params) from None


def open_archive(
    data: bytes,
    name: str,
    cancel: Callable[[], None],
    unread: Callable[[str, bool], bool] | None = None,
) -> CheckedWorkbook:
    """The xlsx's zip, after checking its directory and its XML.

    The sheets ``unread(sheet, hidden)`` says are never read only get the
    cheap check for entity declarations (``CheckedWorkbook.unread_sheets``).
    """
    try:
        return check_workbook_zip(data, name, PACKAGE_LIMITS, cancel, unread=unread)
    except UntrustedFileError as error:
        raise refuse(error.code, error.template, **error.params) from error


def read_password_file(path: Path) -> str:
    """A password kept in a small text file (its last line break dropped)."""
    try:
        data = read_regular_file(
            path,
            label="password-file",
            what=QT_TRANSLATE_NOOP("UserError", "password file"),
            max_bytes=SMALL_TEXT_BYTES,
        )
        password = data.decode("utf-8").rstrip("\r\n")
    except UntrustedFileError as error:
        raise UserError(error.code, error.template, **error.params) from None
    except UnicodeDecodeError:
        raise UserError(
            "password-file-unreadable",
            QT_TRANSLATE_NOOP("UserError", "The password file {path} is not UTF-8 text."),
            path=path,
        ) from None
    if not password:
        raise UserError(
            "password-file-empty",
            QT_TRANSLATE_NOOP("UserError", "The password file {path} is empty."),
            path=path,
        )
    return password
