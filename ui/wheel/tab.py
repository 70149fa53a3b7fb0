"""The wheel tab: the selected mission's wheel, kept current while people type.

Scoring and drawing take about a second, so they run in a worker with its
own connection (``ui.wheel.data``), and nothing starts until the tab is
first shown: start-up never imports matplotlib or the form loader.  Saves
arrive many times a minute while a filler is open; they only restart a
one-second timer, so the wheel is redrawn once typing pauses.  Every
request carries a number, and a result that is not the newest (another
save, another mission, another language) is dropped on arrival.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from ui.shared import settings
from ui.shared.core_messages import error_message
from ui.shared.form_languages import display_name, matching_language
from ui.shared.language import current_language, shown_number
from ui.shared.records.model import local_date
from ui.shared.retranslate import Said, Texts
from ui.shared.workers import Operation, Task
from ui.wheel import export as wheel_export
from ui.wheel.details import WheelDetails

if TYPE_CHECKING:
    from ui.wheel.canvas import WheelView
    from ui.wheel.data import WheelData

UPDATE_DELAY_MS = 1000
"""How long after the last save the wheel is redrawn."""
_MESSAGE, _WHEEL = range(2)
_Outcome = tuple[int, "WheelData | UserError"]


def _load(task: Task, request: int, mission_uuid: str, language: str | None) -> _Outcome:
    """Worker: score and draw; a UserError (no diagnostic yet) is a result, not a failure."""
    from ui.wheel.data import load_wheel

    try:
        return request, load_wheel(task.database(), mission_uuid, language, task.check_cancelled)
    except UserError as error:
        return request, error


def _redraw(task: Task, request: int, data: WheelData, language: str | None) -> _Outcome:
    from ui.wheel.data import redraw

    task.check_cancelled()
    return request, redraw(data, language)


class WheelTab(QWidget):
    """The wheel of one mission, its language, its export and its block details.

    Signals:
        wheel_shown(): a new figure (or message) replaced the previous one.
    """

    wheel_shown = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self._database = database
        self._mission_uuid: str | None = None
        self._request = 0
        self._running: Operation | None = None
        self._stale = False
        self.data: WheelData | None = None
        self.view: WheelView | None = None

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UPDATE_DELAY_MS)
        self.timer.timeout.connect(self._update_when_visible)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self._build_bar())
        layout.addWidget(self._build_pages(), 1)
        self.show_mission(None)

    def _build_bar(self) -> QHBoxLayout:
        self.language = QComboBox()
        self.texts.add(lambda: self.language.setAccessibleName(self.tr("Label language")))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.texts.add(
            lambda: self.language.setToolTip(
                self.tr("The form language of the chart and the details")
            )
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel()
        self.texts.add(lambda widget=language_label: widget.setText(self.tr("&Labels in:")))
        language_label.setBuddy(self.language)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.said_status = Said(self.status)
        self.export_button = QPushButton()
        self.texts.add(lambda widget=self.export_button: widget.setText(self.tr("&Export…")))
        self.texts.add(
            lambda: self.export_button.setToolTip(
                self.tr("Save the wheel as a PNG image or an SVG drawing")
            )
        )
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(language_label)
        bar.addWidget(self.language)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        return bar

    def _build_pages(self) -> QStackedWidget:
        """A message page, and the chart (filled on first draw) beside the block details."""
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.said_message = Said(self.message)
        self.chart = QWidget()
        self.chart_layout = QVBoxLayout(self.chart)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.details = WheelDetails()
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.chart)
        self.body.addWidget(self.details)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.body)
        return self.pages

    # What to show ---------------------------------------------------------

    def show_mission(self, uuid: str | None) -> None:
        """Show mission ``uuid``'s wheel (computed once the tab is visible)."""
        if uuid == self._mission_uuid and uuid is not None:
            return
        self._mission_uuid = uuid
        self.timer.stop()
        self._set_data(None)
        if uuid is None:
            self._request += 1  # whatever is running is for another mission
            self._show_message(lambda: self.tr("Choose a mission to see its wheel."))
            return
        self._show_message(lambda: self.tr("Drawing the wheel…"))
        self._update_when_visible()

    def schedule_update(self) -> None:
        """Redraw after a pause: answers changed (restarts the timer on every call)."""
        if self._mission_uuid is not None:
            self.timer.start()

    def update_now(self) -> None:
        """Score and draw the mission again in the background."""
        self.timer.stop()
        self._stale = False
        if self._mission_uuid is None:
            return
        self.said_status.say(lambda: self.tr("Updating…"))
        self._start(_load, self._mission_uuid, self._language(), database=True)

    def show_block(self, name: str | None) -> None:
        """Show block ``name`` in the details panel, as a click on its wedge does."""
        self.details.show_block(name)

    # Background work ------------------------------------------------------

    def _update_when_visible(self) -> None:
        if self.isVisible():
            self.update_now()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.update_now()

    def _start(
        self, work: Callable[..., _Outcome], *arguments: object, database: bool = False
    ) -> None:
        if self._running is not None:
            self._running.task.cancel.set()
        self._request += 1
        request = self._request
        operation = Operation(
            self,
            lambda task: work(task, request, *arguments),
            database_path=self._database.path if database else None,
        )
        operation.succeeded.connect(self._arrived)
        self._running = operation
        operation.run_in_background()

    def _arrived(self, outcome: _Outcome) -> None:
        request, result = outcome
        if request != self._request:
            return  # superseded: a newer save, mission or language is on its way
        self._running = None
        if isinstance(result, UserError):
            self._set_data(None)
            self._show_message(
                (lambda: self.tr("Fill a 360° diagnostic to see the wheel."))
                if result.code == "no-wheel"
                else (lambda: error_message(result))
            )
        else:
            self._show_wheel(result)
        self.wheel_shown.emit()

    # Showing --------------------------------------------------------------

    def _show_message(self, text: Callable[[], str]) -> None:
        self.said_message.say(text)
        self.pages.setCurrentIndex(_MESSAGE)
        self.said_status.clear()

    def _show_wheel(self, data: WheelData) -> None:
        from ui.wheel.canvas import WheelView  # matplotlib's Qt backend: only now

        if self.view is None:
            self.view = WheelView()
            self.view.block_clicked.connect(self.show_block)
            self.chart_layout.addWidget(self.view)
        self._set_data(data)
        self.view.show_figure(data.figure, data.mission_wheel.wheel, self._tooltips(data))
        combined = data.mission_wheel
        self.said_status.say(
            lambda: self.tr(
                "%Ln respondent(s) · answers up to {date}", None, combined.respondents
            ).format(date=local_date(combined.latest))
        )
        self.pages.setCurrentIndex(_WHEEL)

    def _set_data(self, data: WheelData | None) -> None:
        self.data = data
        self.export_button.setEnabled(data is not None)
        self.language.setEnabled(data is not None)
        if data is not None:
            self._offer_languages(data.mission_wheel.wheel.languages, data.language)
        self.details.show_wheel(data, data.language if data else None)

    def _tooltips(self, data: WheelData) -> dict[str, str]:
        combined = data.mission_wheel
        tips = {}
        for block in combined.wheel.blocks:
            score = combined.current.blocks[block.name].score
            spread = combined.spread.blocks.get(block.name) if combined.spread else None
            if score is None:
                text = self.tr("No data yet")
            elif spread is not None and spread.n > 1:
                text = self.tr("Median {median} of {n} groups ({low}–{high})").format(
                    median=shown_number(spread.median),
                    n=spread.n,
                    low=shown_number(spread.minimum),
                    high=shown_number(spread.maximum),
                )
            else:
                text = self.tr("Score {score}").format(score=shown_number(score))
            pillar = combined.wheel.pillar(block.pillar)
            pillar_name = pillar.label(data.language) if pillar else block.pillar
            tips[block.name] = f"{block.label(data.language)}\n{pillar_name} · {text}"
        return tips

    # Language and export --------------------------------------------------

    def _offer_languages(self, languages: tuple[str, ...], current: str | None) -> None:
        offered = [self.language.itemData(i) for i in range(self.language.count())]
        first_time = not offered
        if offered != list(languages):
            self.language.blockSignals(True)
            self.language.clear()
            for language in languages:
                self.language.addItem(display_name(language), language)
            self.language.blockSignals(False)
        # Nobody chose yet: the chart speaks the window's language when the form has it.
        preferred = matching_language(languages, current_language()) if first_time else None
        if preferred and preferred != current:
            self.language.setCurrentIndex(self.language.findData(preferred))
            return
        if current is not None:
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(current))
            self.language.blockSignals(False)

    def _language(self) -> str | None:
        return self.language.currentData()

    def _language_changed(self) -> None:
        if self.data is None or self._language() == self.data.language:
            return
        if self._running is not None or self.timer.isActive():
            self.update_now()  # newer answers are on their way: draw those, not the old ones
            return
        self.said_status.say(lambda: self.tr("Updating…"))
        self._start(_redraw, self.data, self._language())

    def export(self) -> Operation | None:
        """Ask for a file and save the wheel there as PNG or SVG."""
        if self.data is None:
            return None
        store = settings.open_settings()
        folder = settings.start_folder(settings.LAST_CHART_FOLDER, store)
        suggestion = Path(folder) / wheel_export.suggested_name(self.data.mission_wheel)
        path = wheel_export.choose_path(self, suggestion)
        if path is None:
            return None
        settings.LAST_CHART_FOLDER.write(store, str(path.parent))
        operation = wheel_export.export_wheel(self, self.data.mission_wheel, self._language(), path)
        operation.succeeded.connect(self._saved)
        return operation

    def _saved(self, path: Path) -> None:
        self.said_status.say(lambda: self.tr("Saved {name}.").format(name=path.name))
