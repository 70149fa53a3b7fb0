"""Questions the window asks the user in a modal box: confirm, choose a file.

They sit behind these two functions so tests can answer them (monkeypatch
``ui.prompts.confirm``) instead of blocking on a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("prompts", text)


def confirm(parent: QWidget | None, question: str, action: str) -> bool:
    """Ask ``question``; True only if the user presses the ``action`` button."""
    title = parent.windowTitle() if parent else ""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def open_form_file(parent: QWidget | None, folder: str) -> Path | None:
    """Let the user pick an XLSForm file; None if they cancel."""
    from forms.loader import SUFFIXES  # pyxform: only once a form is really wanted

    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    kinds = _tr("XLSForms ({patterns})").format(patterns=patterns)
    name, _filter = QFileDialog.getOpenFileName(parent, _tr("Open an XLSForm"), folder, kinds)
    return Path(name) if name else None
