"""The search window: type, see the best matches at once, open one at its question.

Searching is one indexed query (well under a tenth of a second on 10,000
submissions), so it runs as the user types, after a short pause, on the
window's own connection.  The dialog does not open anything itself: it asks,
and the main window opens the submission at the question or shows the mission.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from storage.search.hits import DEFAULT_LIMIT, SearchHit
from storage.search.sqlite import search_index
from ui.search.highlight import HighlightDelegate
from ui.search.model import MATCH, MISSION, QUESTION, SUBMISSION, SearchResultsModel
from ui.shared.core_messages import error_message
from ui.shared.records.view import record_view, select_row
from ui.shared.retranslate import Texts

TYPING_PAUSE_MS = 250


class SearchDialog(QDialog):
    """Search the whole database, or one mission.

    Signals:
        answer_requested(str, str): open submission (uuid) at this answer path.
        mission_requested(str): show this mission (uuid).
    """

    answer_requested = Signal(str, str)
    mission_requested = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self._database = database
        self._index = search_index(database)
        self.setObjectName("search_dialog")
        self.texts.add(lambda: self.setWindowTitle(self.tr("Search")))
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setClearButtonEnabled(True)
        self.texts.add(
            lambda: self.query.setPlaceholderText(
                self.tr('Words, word* for a prefix, "a phrase" — answers, choices, missions')
            )
        )
        self.mission = QComboBox()
        self.mission.setObjectName("search_mission")
        self.model = SearchResultsModel(self)
        self.view = record_view(self.model, name="search_results", stretch=MATCH)
        self.view.setItemDelegateForColumn(MATCH, HighlightDelegate(self.view))
        # Long mission titles must not push the excerpt, what the user looks for, off screen.
        header = self.view.horizontalHeader()
        for column, width in ((MISSION, 210), (SUBMISSION, 230), (QUESTION, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.status = QLabel()
        self.status.setObjectName("search_status")
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._layout()
        self._pause.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _text: self._pause.start())
        self.query.returnPressed.connect(self._enter_in_query)
        self.mission.currentIndexChanged.connect(lambda _index: self.run())
        self.view.activated.connect(self._open)
        self.resize(1100, 560)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.mission)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        hint = QLabel(
            self.tr("Enter or double-click opens the submission at that question; Esc closes.")
        )
        hint.setObjectName("search_hint")
        layout.addWidget(hint)

    def showEvent(self, event: QShowEvent) -> None:
        """Missions and answers may have changed while the dialog was hidden."""
        self._fill_missions()
        self.query.setFocus()
        self.query.selectAll()
        if self.query.text().strip():
            self.run()
        super().showEvent(event)

    def _fill_missions(self) -> None:
        chosen = self.mission.currentData()
        self.mission.blockSignals(True)
        self.mission.clear()
        self.mission.addItem(self.tr("All missions"), None)
        for mission in self._database.missions():
            self.mission.addItem(f"{mission.title} ({mission.country})", mission.uuid)
        found = self.mission.findData(chosen)
        self.mission.setCurrentIndex(max(0, found))
        self.mission.blockSignals(False)

    def run(self) -> None:
        """Search for what is typed now and show the hits, best first."""
        self._pause.stop()
        text = self.query.text()
        if not text.strip():
            self.model.set_records([])
            self.status.setText("")
            return
        try:
            hits = self._index.search(text, mission=self.mission.currentData())
        except UserError as error:
            self.model.set_records([])
            self.status.setText(error_message(error))
            return
        self.model.set_records(hits)
        if hits:
            select_row(self.view, 0)
        if len(hits) == DEFAULT_LIMIT:
            self.status.setText(
                self.tr("The best {count} matches; add a word to narrow the search.").format(
                    count=len(hits)
                )
            )
        else:
            self.status.setText(
                self.tr("%Ln match(es), best first.", None, len(hits))
                if hits
                else self.tr("Nothing found.")
            )

    def _enter_in_query(self) -> None:
        """Enter searches at once, then a second Enter opens the best match."""
        if self._pause.isActive() or self.model.rowCount() == 0:
            self.run()
            return
        self._open(self.view.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.model.rowCount():
            self.view.setFocus()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit: SearchHit = self.model.hit(index.row())
        if hit.submission_uuid is None:
            self.mission_requested.emit(hit.mission_uuid)
        else:
            self.answer_requested.emit(hit.submission_uuid, hit.path)
