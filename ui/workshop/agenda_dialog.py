"""Choosing which of the mission's weakest blocks go on the agenda as draft priorities.

Each proposal is a row with a tick and an editable title; Space ticks,
F2 edits the title, Enter adds the ticked ones.  Nothing is written until
then, and the whole addition is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exports.workshop.agenda import DraftPriority


class AgendaDialog(QDialog):
    """Proposed priorities, all ticked; ``chosen()`` after accept."""

    def __init__(self, drafts: list[DraftPriority], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposed agenda from the diagnostic"))
        self.drafts = drafts
        intro = QLabel(
            self.tr(
                "The building blocks the mission's diagnostic scored lowest, weakest first. "
                "Untick what should not be discussed; titles can be edited here or later."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("agenda")
        for draft in drafts:
            item = QListWidgetItem(draft.title)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(draft.description)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the board"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.list)
        box.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> list[DraftPriority]:
        """The ticked proposals, with the titles as edited."""
        found = []
        for index, draft in enumerate(self.drafts):
            item = self.list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                title = item.text().strip() or draft.title
                found.append(DraftPriority(draft.block, title, draft.description, draft.score))
        return found
