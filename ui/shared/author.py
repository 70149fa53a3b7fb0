"""Who is editing: the person at this database, asked once and shown until changed.

Edits, resolutions, accepted hand edits and exports are credited to the name
stored in the database itself (``Database.author``), so a name typed once for
one database is never reused for another, and the window always says whose
edits it is saving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from forms.errors import UserError
from storage import Database
from ui.shared import errors, prompts


def account_name() -> str:
    """The login name, offered as a first guess."""
    import getpass  # its terminal module is needed only when no name was given yet

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers, services)
        return ""


def ensure_author(database: Database, parent: QWidget | None) -> str | None:
    """The name edits here are credited to, asking once if none was given; None if refused."""
    return database.author() or change_author(database, parent)


def change_author(database: Database, parent: QWidget | None) -> str | None:
    """Ask for the name to credit edits to from now on; None if the user cancels."""
    name = prompts.ask_text(
        parent,
        QCoreApplication.translate(
            "author",
            "Your name, as it should appear beside every answer you enter or change in {database}:",
        ).format(database=database.path.name),
        database.author() or account_name(),
    )
    if name is None:
        return None
    try:
        database.set_author(name)
    except UserError as error:
        errors.show_user_error(parent, error)
        return None
    return database.author()
