"""Compare missions: tick several (or one with its baseline), see their wheels side by side.

The missions list is a checkable model; any change restarts a short timer
and the comparison is computed in a worker (``ui.engagement.data``), the
newest request winning (``ui.shared.latest_request``), as on the tabs.  The
chart puts the wheels on one scale; the table gives each block per mission
and its difference to the first.  The window calls ``schedule_update`` after saves and imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from storage.validation import country_name
from ui.engagement.rows import Rows, RowsModel
from ui.shared.core_messages import error_message
from ui.shared.latest_request import LatestRequest
from ui.shared.retranslate import Said
from ui.shared.workers import Operation, Task

if TYPE_CHECKING:
    from ui.engagement.data import Drawn
    from ui.shared.figure_view import FigureView

UPDATE_DELAY_MS = 300
_MESSAGE, _VIEW = range(2)
_UUID = Qt.ItemDataRole.UserRole + 1


def _work(task: Task, uuids: list[str], rounds: bool, language: str | None) -> Drawn:
    """Worker: compare and draw; raises a UserError when a mission has no wheel."""
    from ui.engagement.data import load_comparison

    return load_comparison(task.database(), uuids, rounds, language)


class CompareDialog(QDialog):
    """Missions side by side.

    Signals:
        shown(): a new comparison (or message) replaced the previous one.
    """

    shown = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare missions"))
        self.setObjectName("compare_dialog")
        self._database = database
        self._latest = LatestRequest(self, self._arrived)
        self.drawn: Drawn | None = None
        self.figure_view: FigureView | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UPDATE_DELAY_MS)
        self.timer.timeout.connect(self.update_now)
        self.missions = QStandardItemModel(self)
        self.missions.itemChanged.connect(lambda _item: self.timer.start())
        self.table = RowsModel(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_choice())
        layout.addWidget(self._build_pages(), 1)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.update_now)
        self.resize(1280, 820)

    def _build_choice(self) -> QWidget:
        self.list = QListView()
        self.list.setModel(self.missions)
        self.list.setAccessibleName(self.tr("Missions to compare"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rounds = QCheckBox(self.tr("Baseline &rounds too"))
        self.rounds.setToolTip(self.tr("Give each mission's earlier round a wheel of its own"))
        self.rounds.toggled.connect(lambda _on: self.timer.start())
        self.export_button = QPushButton(self.tr("E&xport chart…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        label = QLabel(self.tr("&Missions (tick two or more):"))
        label.setBuddy(self.list)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(label)
        column.addWidget(self.list, 1)
        column.addWidget(self.rounds)
        column.addWidget(self.export_button)
        box.setMaximumWidth(340)
        return box

    def _build_pages(self) -> QStackedWidget:
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.said_message = Said(self.message)
        self.chart = QWidget()
        self.chart_layout = QVBoxLayout(self.chart)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.table_view = QTableView()
        self.table_view.setModel(self.table)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.chart)
        body.addWidget(self.table_view)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(body)
        return self.pages

    # Choosing -------------------------------------------------------------

    def set_missions(self, missions: list[Any], checked: set[str]) -> None:
        """List ``missions`` (records with uuid, country, title), ticking those in ``checked``."""
        self.missions.blockSignals(True)
        self.missions.clear()
        for mission in missions:
            item = QStandardItem(f"{country_name(mission.country)} — {mission.title}")
            item.setData(mission.uuid, _UUID)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if mission.uuid in checked else Qt.CheckState.Unchecked
            )
            item.setToolTip(mission.title)
            self.missions.appendRow(item)
        self.missions.blockSignals(False)
        self.update_now()

    def checked(self) -> list[str]:
        return [
            self.missions.item(row).data(_UUID)
            for row in range(self.missions.rowCount())
            if self.missions.item(row).checkState() == Qt.CheckState.Checked
        ]

    def schedule_update(self) -> None:
        self.timer.start()

    def update_now(self) -> None:
        self.timer.stop()
        uuids = self.checked()
        if len(uuids) < 2 and not (uuids and self.rounds.isChecked()):
            self._latest.drop()
            self._show_message(
                lambda: self.tr("Tick two or more missions, or one with “Baseline rounds too”.")
            )
            return
        rounds = self.rounds.isChecked()
        language = self.drawn.language if self.drawn else None
        self._latest.start(
            lambda task: _work(task, uuids, rounds, language), database_path=self._database.path
        )

    def _arrived(self, result: Drawn | UserError) -> None:
        if isinstance(result, UserError):
            self._show_message(
                (lambda: self.tr("Fill a 360° diagnostic in every ticked mission to compare them."))
                if result.code == "no-wheel"
                else (lambda: error_message(result))
            )
        else:
            self._show(result)
        self.shown.emit()

    def _show_message(self, text: Callable[[], str]) -> None:
        self.drawn = None
        self.export_button.setEnabled(False)
        self.table.set_rows(Rows(()))
        self.said_message.say(text)
        self.pages.setCurrentIndex(_MESSAGE)

    def _show(self, drawn: Drawn) -> None:
        from ui.engagement.tables import comparison_table
        from ui.shared.figure_view import FigureView

        if self.figure_view is None:
            self.figure_view = FigureView(self.tr("Wheels side by side"))
            self.chart_layout.addWidget(self.figure_view)
        self.drawn = drawn
        self.figure_view.show_figure(drawn.figure)
        self.table.set_rows(comparison_table(drawn.result, drawn.language))
        self.table_view.resizeColumnsToContents()
        self.export_button.setEnabled(True)
        self.pages.setCurrentIndex(_VIEW)

    def export(self) -> Operation | None:
        from ui.engagement.export import export_chart

        if self.drawn is None:
            return None
        return export_chart(self, self.drawn.result, self.drawn.language, "missions", "compared")
