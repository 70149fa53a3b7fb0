"""The wheel tab: the selected mission's wheel, kept current while people type.

Scoring and drawing take about a second, so they run in a worker with its
own connection (``ui.wheel.data``); when, and how results are kept current,
is the shared chart tab's (``ui.shared.chart_tab``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from forms.errors import UserError
from storage import Database
from ui.shared import settings
from ui.shared.chart_tab import CHART_PAGE, ChartTab
from ui.shared.core_messages import error_message
from ui.shared.language import shown_number
from ui.shared.records.model import local_date
from ui.shared.workers import Operation, Task
from ui.wheel import export as wheel_export
from ui.wheel.details import WheelDetails

if TYPE_CHECKING:
    from ui.wheel.canvas import WheelView
    from ui.wheel.data import WheelData


def _load(task: Task, mission_uuid: str, language: str | None) -> WheelData:
    """Worker: score and draw; raises a UserError while there is no diagnostic yet."""
    from ui.wheel.data import load_wheel

    return load_wheel(task.database(), mission_uuid, language, task.check_cancelled)


def _redraw(task: Task, data: WheelData, language: str | None) -> WheelData:
    from ui.wheel.data import redraw

    return redraw(data, language)


class WheelTab(ChartTab):
    """The wheel of one mission, its language, its export and its block details.

    Signals:
        wheel_shown(): a new figure (or message) replaced the previous one.
    """

    wheel_shown = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.data: WheelData | None = None
        self.view: WheelView | None = None
        self.build(
            self._build_body(),
            lambda: self.tr("&Export…"),
            lambda: self.tr("Save the wheel as a PNG image or an SVG drawing"),
        )
        self.texts.add(
            lambda: self.language.setToolTip(
                self.tr("The form language of the chart and the details")
            )
        )
        self.show_mission(None)

    def _build_body(self) -> QSplitter:
        """The chart (filled on first draw) beside the block details."""
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
        return self.body

    # What the chart tab asks ------------------------------------------------

    def no_mission_message(self) -> str:
        return self.tr("Choose a mission to see its wheel.")

    def computing_message(self) -> str:
        return self.tr("Drawing the wheel…")

    def load(self) -> tuple[Callable[..., WheelData], tuple[object, ...]]:
        return _load, (self._mission_uuid, self.chosen_language())

    def redraw(self) -> tuple[Callable[..., WheelData], tuple[object, ...]] | None:
        return None if self.data is None else (_redraw, (self.data, self.chosen_language()))

    def shown_language(self) -> str | None:
        return None if self.data is None else self.data.language

    def clear(self) -> None:
        self._set_data(None)

    def show_result(self, result: WheelData | UserError) -> None:
        if isinstance(result, UserError):
            self._set_data(None)
            self.show_message(
                (lambda: self.tr("Fill a 360° diagnostic to see the wheel."))
                if result.code == "no-wheel"
                else (lambda: error_message(result))
            )
        else:
            self._show_wheel(result)
        self.wheel_shown.emit()

    def show_block(self, name: str | None) -> None:
        """Show block ``name`` in the details panel, as a click on its wedge does."""
        self.details.show_block(name)

    # Showing --------------------------------------------------------------

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
        self.pages.setCurrentIndex(CHART_PAGE)

    def _set_data(self, data: WheelData | None) -> None:
        self.data = data
        self.export_button.setEnabled(data is not None)
        self.language.setEnabled(data is not None)
        if data is not None:
            self.offer_languages(data.mission_wheel.wheel.languages, data.language)
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

    # Export ---------------------------------------------------------------

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
        operation = wheel_export.export_wheel(
            self, self.data.mission_wheel, self.chosen_language(), path
        )
        operation.succeeded.connect(lambda path: self.say_saved(path.name))
        return operation
