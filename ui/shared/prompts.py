"""Questions the window asks the user in a modal box: confirm, choose a file, a name.

They sit behind these functions so tests can answer them (monkeypatch
``ui.shared.prompts.confirm``) instead of blocking on a dialog.  Each box's
class is imported when first asked: the first window asks nothing, and making
the classes (their enums) would cost its start-up a few milliseconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget


def confirm(parent: QWidget | None, question: str, action: str) -> bool:
    """Ask ``question``; True only if the user presses the ``action`` button."""
    from PySide6.QtWidgets import QMessageBox

    title = parent.windowTitle() if parent else ""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


def open_form_file(parent: QWidget | None, folder: str) -> Path | None:
    """Let the user pick an XLSForm file; None if they cancel."""
    from PySide6.QtWidgets import QFileDialog

    from forms.xlsform.load import SUFFIXES  # pyxform: only once a form is really wanted

    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    kinds = QCoreApplication.translate("prompts", "XLSForms ({patterns})").format(patterns=patterns)
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("prompts", "Open an XLSForm"), folder, kinds
    )
    return Path(name) if name else None


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True if the user accepted it."""
    from PySide6.QtWidgets import QDialog

    return dialog.exec() == QDialog.DialogCode.Accepted


def tell(parent: QWidget | None, text: str, action: str | None = None) -> bool:
    """Say ``text``; True only if the user presses the optional ``action`` button."""
    from PySide6.QtWidgets import QMessageBox

    title = parent.windowTitle() if parent else ""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    chosen = box.addButton(action, QMessageBox.ButtonRole.ActionRole) if action else None
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return chosen is not None and box.clickedButton() is chosen


def ask_text(parent: QWidget | None, question: str, text: str = "") -> str | None:
    """Ask for one line of text (a name); None if the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    title = parent.windowTitle() if parent else ""
    answer, ok = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Normal, text)
    return answer if ok else None


def ask_password(parent: QWidget | None, question: str) -> str | None:
    """Ask for a password, typed unseen; None if the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    title = parent.windowTitle() if parent else ""
    answer, ok = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Password)
    return answer if ok else None


def save_package_file(parent: QWidget | None, suggestion: Path) -> Path | None:
    """Ask where to write a package; ``.xlsx`` is added when the name has no suffix."""
    from PySide6.QtWidgets import QFileDialog

    kinds = QCoreApplication.translate("prompts", "Fieldwheel packages (*.xlsx)")
    name, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("prompts", "Export a package"), str(suggestion), kinds
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".xlsx")


def save_chart_file(parent: QWidget | None, title: str, suggestion: Path) -> Path | None:
    """Ask where to save a chart; the chosen filter adds its suffix when the name has none."""
    from PySide6.QtWidgets import QFileDialog

    png = QCoreApplication.translate("prompts", "PNG image (*.png)")
    svg = QCoreApplication.translate("prompts", "SVG drawing (*.svg)")
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggestion), f"{png};;{svg}")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".svg" if chosen == svg else ".png")


def open_package_files(parent: QWidget | None, folder: str) -> list[Path]:
    """Let the user pick one or more packages; empty if they cancel."""
    from PySide6.QtWidgets import QFileDialog

    kinds = QCoreApplication.translate("prompts", "Fieldwheel packages (*.xlsx)")
    names, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("prompts", "Import packages"), folder, kinds
    )
    return [Path(name) for name in names]


def choose_folder(parent: QWidget | None, title: str, folder: str) -> Path | None:
    """Let the user pick a folder (an ODK Briefcase folder, out or in); None if they cancel."""
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None
