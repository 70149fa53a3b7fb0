"""The missions panel: a table of missions with the selection kept across refreshes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from storage import Database, Mission
from ui.missions.model import TITLE, UUID_ROLE, MissionModel
from ui.shared.records.view import record_view, select_row, selected_key
from ui.shared.retranslate import Texts


class MissionPanel(QWidget):
    """Lists missions; one is selected at a time.

    Signals:
        mission_selected(object): the selected mission's uuid, or None.
        edit_requested(str): the user double-clicked or pressed Enter on a mission.
    """

    mission_selected = Signal(object)
    edit_requested = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self.model = MissionModel(database, self)
        self.view = record_view(self.model, name="missions", stretch=TITLE)
        self.texts.add(lambda: self.view.setAccessibleName(self.tr("Missions")))
        self.view.selectionModel().selectionChanged.connect(self._announce_selection)
        self.view.activated.connect(lambda index: self.edit_requested.emit(index.data(UUID_ROLE)))
        heading = QLabel()
        self.texts.add(lambda widget=heading: widget.setText(self.tr("<b>Missions</b>")))
        heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.view)

    def selected_uuid(self) -> str | None:
        return selected_key(self.view)

    def selected_mission(self) -> Mission | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.mission(rows[0].row()) if rows else None

    def select(self, uuid: str | None) -> None:
        """Select the mission ``uuid``, or the first one if it is gone."""
        row = self.model.row_of(uuid) if uuid else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is None:
            self.mission_selected.emit(None)
            return
        select_row(self.view, row)

    def refresh(self) -> None:
        """Re-read the missions and keep the same one selected when it still exists."""
        selected = self.selected_uuid()
        self.model.refresh()
        self.select(selected)

    def _announce_selection(self) -> None:
        self.mission_selected.emit(self.selected_uuid())
