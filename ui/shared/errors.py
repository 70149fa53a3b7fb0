"""How the window tells the user something went wrong: one path for every error.

A ``UserError`` is shown as its one plain sentence in the window's language
(``core_messages``), with "Copy details" for the English sentence, the code
and the context a helper at headquarters would ask for.  Anything else
is a bug: a crash dialog says the saved work is safe, carries the
traceback and names the log file it was also written to
(``forms.crash_log``).  ``Cancelled`` never reaches here; the worker drops it.
The message box, the crash log and the core's sentences load with the first
error: every start-up installs the hook, few show a box.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from forms.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

RIGHT_TO_LEFT_MARK = "\u200f"


def user_error_box(parent: QWidget | None, error: UserError) -> QMessageBox:
    """A warning box with the error's sentence and a "Copy details" button."""
    from PySide6.QtWidgets import QMessageBox

    from ui.shared.core_messages import error_message

    context = "".join(f"\n{key}: {value}" for key, value in sorted(error.context.items()))
    details = f"{error.message}\ncode: {error.code}{context}"
    text = error_message(error)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        # A sentence that opens on a file name would otherwise read left to right.
        text = RIGHT_TO_LEFT_MARK + text
    return _box(parent, QMessageBox.Icon.Warning, text, details)


def crash_box(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """A critical box for a bug: reassurance first, the traceback behind a button."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    from forms.crash_log import write_crash_log

    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log = write_crash_log(error)
    text = QCoreApplication.translate(
        "errors",
        "Something went wrong inside Fieldwheel. Every answer saved so far is safe; "
        "please copy the details and send them to your support contact.",
    )
    if log is not None:
        text += " " + QCoreApplication.translate(
            "errors", "The details are also in {path}."
        ).format(path=log)
    box = _box(parent, QMessageBox.Icon.Critical, text, trace)
    box.setDetailedText(trace)
    return box


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    user_error_box(parent, error).exec()


def show_crash(parent: QWidget | None, error: BaseException) -> None:
    crash_box(parent, error).exec()


def show_exception(parent: QWidget | None, error: BaseException) -> None:
    """Route any exception to the right dialog."""
    if isinstance(error, UserError):
        show_user_error(parent, error)
    else:
        show_crash(parent, error)


def install_excepthook() -> None:
    """Show exceptions escaping Qt slots instead of only printing them."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, Exception):
            sys.__excepthook__(kind, error, trace)
            return
        sys.__excepthook__(kind, error, trace)
        show_exception(None, error.with_traceback(trace))

    sys.excepthook = hook


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, details: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, QCoreApplication.applicationName() or "Fieldwheel", text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    copy = box.addButton(
        QCoreApplication.translate("errors", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    copy.setToolTip(
        QCoreApplication.translate("errors", "Copy the technical details to the clipboard")
    )
    # An ActionRole button would close the box; copy and keep it open instead.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.setProperty("details", details)
    return box
