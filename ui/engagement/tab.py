"""A mission's engagement view in a tab: its chart beside its tables, kept current.

The Pledges and KPIs tabs are two of these, differing only in what their
worker computes (``ui.engagement.data``) and how its numbers become tables
(``ui.engagement.tables``).  When they compute and how results are kept
current is the shared chart tab's (``ui.shared.chart_tab``), as on the Wheel
tab.  A mission without the forms a view needs gets a sentence saying which
to fill.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from ui.engagement.rows import Rows, RowsModel
from ui.shared.chart_tab import CHART_PAGE, ChartTab
from ui.shared.core_messages import error_message
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from ui.engagement.data import Drawn
    from ui.shared.figure_view import FigureView

MAX_COLUMN_WIDTH = 240
"""Pixels; the full text of a wider cell is in its tooltip."""
Loader = Callable[[Database, str, "str | None"], "Drawn"]
Tables = Callable[[Any, "str | None"], tuple[Rows, ...]]


def _work(task: Task, loader: str, uuid: str, language: str | None) -> Drawn:
    """Worker: compute and draw; raises a UserError while there is nothing to show yet."""
    from ui.engagement import data

    return getattr(data, loader)(task.database(), uuid, language)


def _redraw(task: Task, result: Any, language: str | None) -> Drawn:
    from ui.engagement.data import draw

    return draw(result, language)


class EngagementTab(ChartTab):
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
        super().__init__(database, parent)
        self._loader, self._tables, self._view = loader, tables, view
        self._chart_name = chart_name
        self._messages = messages
        self.drawn: Drawn | None = None
        self.figure_view: FigureView | None = None
        self.models = [RowsModel(self) for _ in range(table_count)]
        self.build(
            self._build_body(),
            lambda: self.tr("E&xport chart…"),
            lambda: self.tr("Save the chart as a PNG image or an SVG drawing"),
        )
        self.show_mission(None)

    def _build_body(self) -> QSplitter:
        """The chart (filled on first draw) beside its tables, one above the other."""
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
        return body

    # What the chart tab asks ------------------------------------------------

    def load(self) -> tuple[Callable[..., Drawn], tuple[object, ...]]:
        return _work, (self._loader, self._mission_uuid, self.chosen_language())

    def redraw(self) -> tuple[Callable[..., Drawn], tuple[object, ...]] | None:
        if self.drawn is None:
            return None
        return _redraw, (self.drawn.result, self.chosen_language())

    def shown_language(self) -> str | None:
        return None if self.drawn is None else self.drawn.language

    def clear(self) -> None:
        self._set_drawn(None)

    def show_result(self, result: Any) -> None:
        if isinstance(result, UserError):
            self._set_drawn(None)
            self.show_message(self._messages.get(result.code, lambda: error_message(result)))
        else:
            self._show(result)
        self.shown.emit()

    # Showing --------------------------------------------------------------

    def _show(self, drawn: Drawn) -> None:
        from ui.engagement import tables
        from ui.shared.figure_view import FigureView

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
        self.pages.setCurrentIndex(CHART_PAGE)

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
        self.offer_languages(drawn.languages, drawn.language)

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
            operation.succeeded.connect(lambda path: self.say_saved(path.name))
        return operation
