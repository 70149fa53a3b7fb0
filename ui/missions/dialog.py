"""The dialog that creates or edits a mission.

It saves through storage itself, so the checks are storage's: when a field is
wrong, storage's sentence appears in the dialog, the dialog stays open with
everything the user typed, and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import PHASES, Database, Mission
from ui.missions.country_picker import CountryPicker
from ui.missions.model import phase_label
from ui.shared import prompts
from ui.shared.core_messages import error_message


class OptionalDateEdit(QWidget):
    """A date typed as digits (``20261201`` lands as 2026-12-01) or picked from a calendar.

    A spin-box date edit moves its cursor between sections as it pleases, so
    typed dates landed elsewhere than typed; a masked line lands every digit
    where it was typed, and an empty line means "not set".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setInputMask("0000-00-00")
        self.line.setPlaceholderText("YYYY-MM-DD")
        self.line.setToolTip(self.tr("Type the date as digits, e.g. 20261201; empty: not set"))
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar"))
        self.calendar_button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)

    def iso_date(self) -> str | None:
        """The typed date as text (checked by storage), or None when left empty."""
        text = self.line.text()
        return text if text.replace("-", "").strip() else None

    def set_iso_date(self, value: str | None) -> None:
        self.line.setText(value or "")

    def _pick(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Pick a date"))
        calendar = QCalendarWidget(dialog)
        typed = QDate.fromString(self.line.text(), Qt.DateFormat.ISODate)
        calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        calendar.activated.connect(dialog.accept)
        QVBoxLayout(dialog).addWidget(calendar)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.line.setText(calendar.selectedDate().toString(Qt.DateFormat.ISODate))
        self.line.setFocus()


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
        self._as_opened = self._fields()

    def _show(self, mission: Mission) -> None:
        self.country.set_code(mission.country)
        self.phase.setCurrentIndex(max(0, self.phase.findData(mission.phase)))
        self.title.setText(mission.title)
        self.title.setCursorPosition(0)
        self.start_date.set_iso_date(mission.start_date)
        self.end_date.set_iso_date(mission.end_date)
        self.team.setPlainText("\n".join(mission.team))
        self.notes.setPlainText(mission.notes)

    def _fields(self) -> dict[str, object]:
        return {
            "country": self.country.code(),
            "title": self.title.text(),
            "phase": self.phase.currentData(),
            "start_date": self.start_date.iso_date(),
            "end_date": self.end_date.iso_date(),
            "team": self.team.toPlainText().splitlines(),
            "notes": self.notes.toPlainText(),
        }

    def reject(self) -> None:
        """Esc or Cancel: typed work is only thrown away once the user says so."""
        if self._fields() != self._as_opened and not prompts.confirm(
            self, self.tr("Discard what you typed in this mission?"), self.tr("Discard")
        ):
            return
        super().reject()

    def accept(self) -> None:
        """Save through storage; on a UserError show its sentence and stay open."""
        fields = self._fields()
        try:
            if self._editing is None:
                self.saved = self._database.create_mission(**fields)
            else:
                self.saved = self._database.update_mission(self._editing.uuid, **fields)
        except UserError as error:
            self.error.setText(error_message(error))
            self.error.show()
            return
        super().accept()
