"""A table model over the database's missions, refreshed from storage on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage import Database, Mission

UUID_ROLE = Qt.ItemDataRole.UserRole + 1

_COLUMNS = ("Country", "Phase", "Title", "Submissions")


class MissionModel(QAbstractTableModel):
    """Missions as rows; ``UUID_ROLE`` gives a row's mission uuid."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._missions: list[Mission] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._missions = self._database.missions()
        self.endResetModel()

    def mission(self, row: int) -> Mission:
        return self._missions[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._missions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        mission = self._missions[index.row()]
        if role == UUID_ROLE:
            return mission.uuid
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                mission.country,
                mission.phase.capitalize(),
                mission.title,
                mission.submission_count,
            )[index.column()]
        return None
