"""The one exception type every layer raises for problems a user can fix.

A ``UserError`` is environmental or caused by input (a broken form, a damaged
database, a tampered package): the CLI prints its message as one sentence and
the window shows it in a dialog.  Anything else is a bug and keeps its
traceback.  ``code`` is stable so tests and translations key on it, not on
the wording.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A problem described in one plain sentence, with a stable code."""

    def __init__(self, code: str, message: str, **context: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.context = context

    def __str__(self) -> str:
        return self.message


class FormError(UserError):
    """An XLSForm that cannot be read; ``context`` names sheet, row and column."""


class ExpressionError(UserError):
    """An XPath expression that does not parse or calls an unknown function."""


class StorageError(UserError):
    """The database cannot be opened, read or written."""


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a fault
    """Raised by long core work when its cancel flag is set; never shown."""
