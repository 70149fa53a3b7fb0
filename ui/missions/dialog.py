"""The dialog that creates or edits a mission.

It saves through storage itself, so the checks are storage's: when a field is
wrong, storage's sentence appears in the dialog, the dialog stays open with
everything the user typed, and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import PHASES, Database, Mission
from ui.missions.country_picker import CountryPicker
from ui.missions.model import phase_label

_NOT_SET = QDate(2000, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date with a calendar that may also be left "Not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NOT_SET)
        self.setSpecialValueText(self.tr("Not set"))
        self.setDate(_NOT_SET)

    def iso_date(self) -> str | None:
        return None if self.date() == _NOT_SET else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso_date(self, value: str | None) -> None:
        date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else _NOT_SET
        self.setDate(date if date.isValid() else _NOT_SET)


class MissionDialog(QDialog):
    """New mission when ``mission`` is None, else edit it; ``saved`` holds the result."""

    def __init__(
        self, database: Database, mission: Mission | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._editing = mission
        self.saved: Mission | None = None
        self.setWindowTitle(self.tr("Edit mission") if mission else self.tr("New mission"))
        self.setMinimumWidth(640)

        self.country = CountryPicker()
        self.phase = QComboBox()
        for phase in PHASES:
            self.phase.addItem(phase_label(phase), phase)
        self.phase.setToolTip(self.tr("Where the mission is in the four-phase engagement."))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Cambodia digital transformation diagnostic"))
        self.start_date = OptionalDateEdit()
        self.end_date = OptionalDateEdit()
        self.team = QPlainTextEdit()
        self.team.setPlaceholderText(self.tr("One name per line"))
        self.team.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(self.tr("&Phase"), self.phase)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Start date"), self.start_date)
        form.addRow(self.tr("&End date"), self.end_date)
        form.addRow(self.tr("T&eam"), self.team)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if mission:
            self._show(mission)

    def _show(self, mission: Mission) -> None:
        self.country.set_code(mission.country)
        self.phase.setCurrentIndex(max(0, self.phase.findData(mission.phase)))
        self.title.setText(mission.title)
        self.title.setCursorPosition(0)
        self.start_date.set_iso_date(mission.start_date)
        self.end_date.set_iso_date(mission.end_date)
        self.team.setPlainText("\n".join(mission.team))
        self.notes.setPlainText(mission.notes)

    def accept(self) -> None:
        """Save through storage; on a UserError show its sentence and stay open."""
        fields = {
            "country": self.country.code(),
            "title": self.title.text(),
            "phase": self.phase.currentData(),
            "start_date": self.start_date.iso_date(),
            "end_date": self.end_date.iso_date(),
            "team": self.team.toPlainText().splitlines(),
            "notes": self.notes.toPlainText(),
        }
        try:
            if self._editing is None:
                self.saved = self._database.create_mission(**fields)
            else:
                self.saved = self._database.update_mission(self._editing.uuid, **fields)
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
