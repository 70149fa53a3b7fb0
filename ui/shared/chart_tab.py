"""A mission's chart in a tab, computed in the background and kept current while people type.

The Wheel tab and the engagement tabs (Pledges, KPIs) work alike: nothing is
computed until the tab is shown, so start-up never imports matplotlib;
saves arrive many times a minute while a filler is open and only restart a
one-second timer, so the chart is redrawn once typing pauses; only the
newest request's result is shown, an older one (another save, mission or
language) is dropped on arrival (``ui.shared.latest_request``).  A bar above offers the chart's
label language and its export; a message page stands in for the chart
while there is nothing to show.  Each tab says what to compute, what to
show and in which words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storage import Database
from ui.shared.form_languages import display_name, matching_language
from ui.shared.language import current_language
from ui.shared.latest_request import LatestRequest
from ui.shared.retranslate import Said, Texts

UPDATE_DELAY_MS = 1000
"""How long after the last save the chart is computed again."""
MESSAGE_PAGE, CHART_PAGE = range(2)
Work = Callable[..., Any]
"""A worker: ``work(task, *arguments)`` returns the result or raises a UserError."""


class ChartTab(QWidget):
    """The parts every chart tab shares; a tab adds its body, its work and its showing.

    A tab calls ``build`` with its body and provides: ``load()`` and
    ``redraw()`` (the worker and its arguments after the request number;
    ``redraw`` gives None while no chart is shown), ``show_result(result)``
    (a chart, or the UserError that means there is nothing to show yet),
    ``clear()``, ``shown_language()`` and ``export()``.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self._database = database
        self._mission_uuid: str | None = None
        self._latest = LatestRequest(self, self.show_result)
        self._stale = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UPDATE_DELAY_MS)
        self.timer.timeout.connect(self._update_when_visible)

    def build(
        self, body: QWidget, export: Callable[[], str], export_tip: Callable[[], str]
    ) -> None:
        """The bar (language, status, export button labelled ``export``) above the pages."""
        self.language = QComboBox()
        self.texts.add(
            lambda: self.language.setAccessibleName(
                QCoreApplication.translate("ChartTab", "Label language")
            )
        )
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.currentIndexChanged.connect(self._language_changed)
        label = QLabel()
        self.texts.add(lambda: label.setText(QCoreApplication.translate("ChartTab", "&Labels in:")))
        label.setBuddy(self.language)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.said_status = Said(self.status)
        self.export_button = QPushButton()
        self.texts.add(lambda: self.export_button.setText(export()))
        self.texts.add(lambda: self.export_button.setToolTip(export_tip()))
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.language)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.said_message = Said(self.message)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    # What each tab says -----------------------------------------------------

    def no_mission_message(self) -> str:
        return QCoreApplication.translate("ChartTab", "Choose a mission to see this view.")

    def computing_message(self) -> str:
        return QCoreApplication.translate("ChartTab", "Computing…")

    # What to show -----------------------------------------------------------

    def show_mission(self, uuid: str | None) -> None:
        """Show mission ``uuid``'s chart (computed once the tab is visible)."""
        if uuid == self._mission_uuid and uuid is not None:
            return
        self._mission_uuid = uuid
        self.timer.stop()
        self.clear()
        if uuid is None:
            self._latest.drop()  # whatever is running is for another mission
            self.show_message(self.no_mission_message)
            return
        self.show_message(self.computing_message)
        self._update_when_visible()

    def schedule_update(self) -> None:
        """Compute again after a pause: answers changed (restarts the timer on every call)."""
        if self._mission_uuid is not None:
            self.timer.start()

    def update_now(self) -> None:
        """Compute and draw the mission again in the background."""
        self.timer.stop()
        self._stale = False
        if self._mission_uuid is None:
            return
        self.said_status.say(lambda: QCoreApplication.translate("ChartTab", "Updating…"))
        work, arguments = self.load()
        self._start(work, *arguments, database=True)

    def show_message(self, text: Callable[[], str]) -> None:
        self.said_message.say(text)
        self.pages.setCurrentIndex(MESSAGE_PAGE)
        self.said_status.clear()

    def say_saved(self, name: str) -> None:
        self.said_status.say(
            lambda: QCoreApplication.translate("ChartTab", "Saved {name}.").format(name=name)
        )

    def offer_languages(self, languages: tuple[str, ...] | list[str], current: str | None) -> None:
        """The chart's languages in the bar, ``current`` chosen; the window's on first offer."""
        offered = [self.language.itemData(i) for i in range(self.language.count())]
        if offered != list(languages):
            self.language.blockSignals(True)
            self.language.clear()
            for language in languages:
                self.language.addItem(display_name(language), language)
            self.language.blockSignals(False)
        # Nobody chose yet: the chart speaks the window's language when the form has it.
        preferred = matching_language(languages, current_language()) if not offered else None
        if preferred and preferred != current:
            self.language.setCurrentIndex(self.language.findData(preferred))
            return
        if current is not None:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(current))
            self.language.blockSignals(False)

    def chosen_language(self) -> str | None:
        return self.language.currentData()

    # Background work --------------------------------------------------------

    def _update_when_visible(self) -> None:
        if self.isVisible():
            self.update_now()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.update_now()

    def _start(self, work: Work, *arguments: object, database: bool = False) -> None:
        self._latest.start(
            lambda task: work(task, *arguments),
            database_path=self._database.path if database else None,
        )

    def _language_changed(self) -> None:
        shown = self.shown_language()
        redraw = self.redraw()
        if redraw is None or self.chosen_language() == shown:
            return
        if self._latest.running or self.timer.isActive():
            self.update_now()  # newer answers are on their way: draw those, not the old ones
            return
        self.said_status.say(lambda: QCoreApplication.translate("ChartTab", "Updating…"))
        work, arguments = redraw
        self._start(work, *arguments)
