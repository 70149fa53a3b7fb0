"""The submissions panel: the selected mission's submissions; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from storage import Database, Mission
from ui.shared.records.view import record_view, select_row, selected_key
from ui.shared.retranslate import Texts
from ui.submissions.model import FORM, UUID_ROLE, SubmissionModel


class SubmissionPanel(QWidget):
    """Lists one mission's submissions.

    Signals:
        open_requested(str): double-click or Enter on a submission.
    """

    open_requested = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self.model = SubmissionModel(database, self)
        self.view = record_view(self.model, name="submissions", stretch=FORM)
        self.texts.add(lambda: self.view.setAccessibleName(self.tr("Submissions")))
        self.texts.add(
            lambda: self.view.setToolTip(
                self.tr("Double-click or press Enter to open a submission.")
            )
        )
        self.view.activated.connect(lambda index: self.open_requested.emit(index.data(UUID_ROLE)))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setBuddy(self.view)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.show_mission(None)

    def show_mission(self, mission: Mission | None) -> None:
        """Show ``mission``'s submissions (or a hint when none is selected)."""
        self.model.set_mission(mission.uuid if mission else None)
        self.heading.setText(
            self.tr("Submissions of “{title}”").format(title=mission.title)
            if mission
            else self.tr("Submissions")
        )
        self._update_hint()

    def selected_uuid(self) -> str | None:
        return selected_key(self.view)

    def select(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            select_row(self.view, row)

    def refresh(self) -> None:
        selected = self.selected_uuid()
        self.model.refresh()
        if selected:
            self.select(selected)
        self._update_hint()

    def _update_hint(self) -> None:
        if self.model.mission_uuid is None:
            text = self.tr("Choose a mission to see its submissions.")
        elif self.model.rowCount() == 0:
            text = self.tr(
                "No submissions yet. Start one with Submission ▸ New submission (Ctrl+Shift+N)."
            )
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
