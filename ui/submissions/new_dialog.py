"""The dialog that starts a submission: which form, and who is filling it in.

The built-in forms are offered by title; "Use an XLSForm file…" closes the
dialog asking for a file instead, so a form revised by headquarters in Excel
is one click away.  The author name is remembered for next time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forms.model import Form
from ui.shared.form_languages import form_title


class NewSubmissionDialog(QDialog):
    """After ``exec``: ``chosen_form`` (a built-in) or ``wants_file``; ``author()``."""

    def __init__(
        self, forms: Sequence[Form], author: str, mission_title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._forms = list(forms)
        self.chosen_form: Form | None = None
        self.wants_file = False
        self.setWindowTitle(self.tr("New submission"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr("Start a submission in <b>{mission}</b>.").format(
            mission=mission_title.replace("<", "&lt;")))  # fmt: skip
        intro.setWordWrap(True)
        self.form_list = QListView()
        self.form_list.setModel(QStringListModel([form_title(form) for form in self._forms], self))
        self.form_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.form_list.setCurrentIndex(self.form_list.model().index(0, 0))
        self.form_list.doubleClicked.connect(self.accept)
        self.form_list.setAccessibleName(self.tr("Built-in forms"))
        self.author_edit = QLineEdit(author)
        self.author_edit.setToolTip(self.tr("Recorded as the author of the submission."))

        from_file = QPushButton(self.tr("Use an XLSForm &file…"))
        from_file.setToolTip(self.tr("Start from an XLSForm (.xlsx, .xls, .csv or .md) on disk."))
        from_file.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.addButton(from_file, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Your name"), self.author_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Built-in forms")))
        layout.addWidget(self.form_list)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def author(self) -> str:
        return self.author_edit.text().strip()

    def accept(self) -> None:
        if not self.wants_file:
            row = self.form_list.currentIndex().row()
            if row < 0:
                return
            self.chosen_form = self._forms[row]
        super().accept()

    def _choose_file(self) -> None:
        self.wants_file = True
        self.accept()
