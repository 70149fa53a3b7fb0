"""A mission's engagement view in a tab: its chart beside its tables, kept current.

The Pledges and KPIs tabs are two of these, differing only in what their
worker computes (``ui.engagement.data``) and how its numbers become tables
(``ui.engagement.tables``).  As on the Wheel tab, nothing is computed until
the tab is shown; saves only restart a one-second timer; every request
carries a number and a result that is not the newest is dropped.  A
mission without the forms a view needs gets a sentence saying which to fill.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from ui.engagement.rows import Rows, RowsModel
from ui.shared.core_messages import error_message
from ui.shared.form_languages import display_name, matching_language
from ui.shared.language import current_language
from ui.shared.retranslate import Said, Texts
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from ui.engagement.data import Drawn
    from ui.engagement.figure_view import FigureView

UPDATE_DELAY_MS = 1000
MAX_COLUMN_WIDTH = 240
"""Pixels; the full text of a wider cell is in its tooltip."""
_MESSAGE, _VIEW = range(2)
Loader = Callable[[Database, str, "str | None"], "Drawn"]
Tables = Callable[[Any, "str | None"], tuple[Rows, ...]]


def _work(task: Task, request: int, loader: str, uuid: str, language: str | None):
    """Worker: compute and draw; a UserError (nothing to show yet) is a result."""
    from ui.engagement import data

    try:
        return request, getattr(data, loader)(task.database(), uuid, language)
    except UserError as error:
        return request, error


def _redraw(task: Task, request: int, result: Any, language: str | None):
    from ui.engagement.data import draw

    task.check_cancelled()
    return request, draw(result, language)


class EngagementTab(QWidget):
    """One engagement view of the selected mission.

    Signals:
        shown(): a new chart (or message) replaced the previous one.
    """

    shown = Signal()

    def __init__(
        self,
        database: Database,
        *,
        loader: str,
        tables: str,
        view: str,
        chart_name: str,
        messages: dict[str, Callable[[], str]],
        table_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self._database = database
        self._loader, self._tables, self._view = loader, tables, view
        self._chart_name = chart_name
        self._messages = messages
        self._mission_uuid: str | None = None
        self._request = 0
        self._running: Operation | None = None
        self._stale = False
        self.drawn: Drawn | None = None
        self.figure_view: FigureView | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UPDATE_DELAY_MS)
        self.timer.timeout.connect(self._update_when_visible)
        self.models = [RowsModel(self) for _ in range(table_count)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self._build_bar())
        layout.addWidget(self._build_pages(), 1)
        self.show_mission(None)

    def _build_bar(self) -> QHBoxLayout:
        self.language = QComboBox()
        self.texts.add(lambda: self.language.setAccessibleName(self.tr("Label language")))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language.currentIndexChanged.connect(self._language_changed)
        label = QLabel()
        self.texts.add(lambda widget=label: widget.setText(self.tr("&Labels in:")))
        label.setBuddy(self.language)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.said_status = Said(self.status)
        self.export_button = QPushButton()
        self.texts.add(lambda widget=self.export_button: widget.setText(self.tr("E&xport chart…")))
        self.texts.add(
            lambda: self.export_button.setToolTip(
                self.tr("Save the chart as a PNG image or an SVG drawing")
            )
        )
        self.export_button.clicked.connect(self.export)
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.language)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        return bar

    def _build_pages(self) -> QStackedWidget:
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.said_message = Said(self.message)
        self.chart = QWidget()
        self.chart_layout = QVBoxLayout(self.chart)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        tables = QSplitter(Qt.Orientation.Vertical)
        self.views = []
        for model in self.models:
            view = QTableView()
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            tables.addWidget(view)
            self.views.append(view)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.chart)
        body.addWidget(tables)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 1)
        body.setSizes([2000, 1000])
        body.setChildrenCollapsible(False)
        tables.setMinimumWidth(240)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(body)
        return self.pages

    # What to show ---------------------------------------------------------

    def show_mission(self, uuid: str | None) -> None:
        """Show mission ``uuid`` (computed once the tab is visible)."""
        if uuid == self._mission_uuid and uuid is not None:
            return
        self._mission_uuid = uuid
        self.timer.stop()
        self._set_drawn(None)
        if uuid is None:
            self._request += 1
            self._show_message(lambda: self.tr("Choose a mission to see this view."))
            return
        self._show_message(lambda: self.tr("Computing…"))
        self._update_when_visible()

    def schedule_update(self) -> None:
        """Compute again after a pause: answers changed (restarts the timer on every call)."""
        if self._mission_uuid is not None:
            self.timer.start()

    def update_now(self) -> None:
        self.timer.stop()
        self._stale = False
        if self._mission_uuid is None:
            return
        self.said_status.say(lambda: self.tr("Updating…"))
        self._start(_work, self._loader, self._mission_uuid, self._language(), database=True)

    def _update_when_visible(self) -> None:
        if self.isVisible():
            self.update_now()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.update_now()

    def _start(self, work, *arguments: object, database: bool = False) -> None:
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

    def _arrived(self, outcome: tuple[int, Any]) -> None:
        request, result = outcome
        if request != self._request:
            return
        self._running = None
        if isinstance(result, UserError):
            self._set_drawn(None)
            self._show_message(self._messages.get(result.code, lambda: error_message(result)))
        else:
            self._show(result)
        self.shown.emit()

    # Showing --------------------------------------------------------------

    def _show_message(self, text: Callable[[], str]) -> None:
        self.said_message.say(text)
        self.pages.setCurrentIndex(_MESSAGE)
        self.said_status.clear()

    def _show(self, drawn: Drawn) -> None:
        from ui.engagement import tables
        from ui.engagement.figure_view import FigureView

        if self.figure_view is None:
            self.figure_view = FigureView(self._chart_name)
            self.chart_layout.addWidget(self.figure_view)
        self._set_drawn(drawn)
        self.figure_view.show_figure(drawn.figure)
        for model, view, rows in zip(
            self.models,
            self.views,
            getattr(tables, self._tables)(drawn.result, drawn.language),
            strict=True,
        ):
            model.set_rows(rows)
            view.resizeColumnsToContents()
            for column in range(model.columnCount()):  # long names must not push the rest out
                view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN_WIDTH))
        self.said_status.say(lambda: self._summary(drawn))
        self.pages.setCurrentIndex(_VIEW)

    def _summary(self, drawn: Drawn) -> str:
        """A status line; subclasses say what the numbers rest on."""
        return ""

    def _set_drawn(self, drawn: Drawn | None) -> None:
        self.drawn = drawn
        self.export_button.setEnabled(drawn is not None)
        self.language.setEnabled(drawn is not None and bool(drawn.languages))
        if drawn is None:
            for model in self.models:
                model.set_rows(Rows(()))
            return
        self.language.blockSignals(True)
        offered = [self.language.itemData(i) for i in range(self.language.count())]
        if offered != list(drawn.languages):
            self.language.clear()
            for language in drawn.languages:
                self.language.addItem(display_name(language), language)
        self.language.setCurrentIndex(self.language.findData(drawn.language))
        self.language.blockSignals(False)
        # Nobody chose yet: the chart speaks the window's language when the form has it.
        preferred = matching_language(drawn.languages, current_language()) if not offered else None
        if preferred and preferred != drawn.language:
            self.language.setCurrentIndex(self.language.findData(preferred))

    def _language(self) -> str | None:
        return self.language.currentData()

    def _language_changed(self) -> None:
        if self.drawn is None or self._language() == self.drawn.language:
            return
        if self._running is not None or self.timer.isActive():
            self.update_now()
            return
        self.said_status.say(lambda: self.tr("Updating…"))
        self._start(_redraw, self.drawn.result, self._language())

    def export(self) -> Operation | None:
        """Ask for a file and save the chart there as PNG or SVG."""
        from ui.engagement.export import export_chart

        if self.drawn is None:
            return None
        operation = export_chart(
            self,
            self.drawn.result,
            self.drawn.language,
            self.drawn.result.mission.title,
            self._view,
        )
        if operation is not None:
            operation.succeeded.connect(
                lambda path: self.said_status.say(
                    lambda: self.tr("Saved {name}.").format(name=path.name)
                )
            )
        return operation

    def _saved(self, path: Path) -> None:
        self.said_status.say(lambda: self.tr("Saved {name}.").format(name=path.name))
