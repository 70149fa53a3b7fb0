"""The built-in forms, shipped as Markdown XLSForms beside this file.

They load through the same loader as any user form: nothing about them is
hard-coded in Python, so HQ can copy one, change it in Excel and load its own
version.
"""

from __future__ import annotations

from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import Form

LIBRARY = Path(__file__).resolve().parent

BUILTIN_ORDER = ("diagnostic", "validation_workshop", "pledge_register", "monitoring")
"""Form ids in the order a mission meets them."""


def builtin_path(form_id: str) -> Path:
    path = LIBRARY / f"{form_id}.md"
    if not path.is_file():
        raise UserError(
            "unknown-builtin-form",
            QT_TRANSLATE_NOOP("UserError", "There is no built-in form called {form_id!r}."),
            form_id=form_id,
        )
    return path


def load_builtin(form_id: str) -> Form:
    """The built-in form ``form_id`` as a Form, read from its Markdown source."""
    from forms.xlsform.load import load_form

    return load_form(builtin_path(form_id))


def builtin_forms() -> list[Form]:
    return [load_builtin(form_id) for form_id in BUILTIN_ORDER]
