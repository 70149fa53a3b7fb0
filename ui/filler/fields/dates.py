"""Dates, times and date-times typed as ISO text, with a calendar for dates.

A date edit that cannot be empty would invent answers, so these are line
edits: ``2026-03-14`` is saved the moment it is complete and valid (a date is
a choice, not prose), an empty field after the usual pause, and anything
half-typed is reported when the field is left.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.filler.fields.text import TextField


class _Temporal(TextField):
    """A line edit for ISO text that commits as soon as the text is a whole value."""

    PATTERN = ""
    PLACEHOLDER = ""
    WIDTH = 160

    def build_input(self) -> QWidget:
        line = super().build_input()
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(self.PATTERN), line))
        self.line.setPlaceholderText(self.PLACEHOLDER)
        self.line.setMaximumWidth(self.WIDTH)
        return line

    def edited(self) -> None:
        super().edited()
        if self.canonical(self.text()) is not None:
            self.flush()

    def parse(self, text: str) -> str | None:
        raise NotImplementedError

    def canonical(self, text: str) -> str | None:
        try:
            return self.parse(text.strip())
        except ValueError:
            return None


class DateField(_Temporal):
    """A date as ``YYYY-MM-DD``, typed or picked from a calendar."""

    PATTERN = r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"
    PLACEHOLDER = "YYYY-MM-DD"

    def build_input(self) -> QWidget:
        line = super().build_input()
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line)
        self.calendar_button = QToolButton()
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(menu)
        # Not a Tab stop of its own: from the date line, Alt+Down or F4 opens it.
        for keys in ("Alt+Down", "F4"):
            opener = QAction(self.line)
            opener.setShortcut(QKeySequence(keys))
            opener.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            opener.triggered.connect(self._open_calendar)
            self.line.addAction(opener)
        layout.addWidget(self.calendar_button)
        layout.addStretch(1)
        box.setFocusProxy(line)
        return box

    def refresh_texts(self) -> None:
        super().refresh_texts()
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down or F4)"))

    def parse(self, text: str) -> str | None:
        if len(text) != 10:
            return None
        return dt.date.fromisoformat(text).isoformat()

    def _open_calendar(self) -> None:
        """Pop the calendar up under its button without a nested event loop."""
        button = self.calendar_button
        button.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        shown = QDate.fromString(self.text(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        # Arrows move the day and Enter picks it, as soon as the calendar shows.
        QTimer.singleShot(0, lambda: self.calendar.setFocus(Qt.FocusReason.PopupFocusReason))

    def _picked(self, date: QDate) -> None:
        self.calendar_button.menu().hide()
        self.line.setText(date.toString("yyyy-MM-dd"))
        self.edited()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)


class TimeField(_Temporal):
    """A time of day as ``HH:MM`` (24-hour)."""

    PATTERN = r"\d{0,2}(:\d{0,2})?"
    PLACEHOLDER = "HH:MM"
    WIDTH = 110

    def parse(self, text: str) -> str | None:
        if len(text) != 5:
            return None
        return dt.time.fromisoformat(text).strftime("%H:%M")

    def display(self, value: str) -> str:
        return value[:5]


class DateTimeField(_Temporal):
    """A date and time as ``YYYY-MM-DD HH:MM``, stored ISO (``T`` separator)."""

    PATTERN = r"\d{0,4}(-\d{0,2}(-\d{0,2}([ T]\d{0,2}(:\d{0,2})?)?)?)?"
    PLACEHOLDER = "YYYY-MM-DD HH:MM"
    WIDTH = 200

    def parse(self, text: str) -> str | None:
        if len(text) != 16:
            return None
        return dt.datetime.fromisoformat(text.replace(" ", "T")).strftime("%Y-%m-%dT%H:%M")

    def display(self, value: str) -> str:
        return value[:16].replace("T", " ")
