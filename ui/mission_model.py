"""A table model over the database's missions, re-read from storage on refresh.

Missions are few (tens per database), so a refresh re-reads them all in one
query; views keep their selection by uuid (``UUID_ROLE``, ``row_of``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from storage import Database, Mission

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's mission uuid."""

COUNTRY, PHASE, TITLE, DATES, SUBMISSIONS = range(5)


def phase_label(phase: str) -> str:
    """The phase as the user reads it (the stored value is a fixed English key)."""
    labels = {
        "initiation": QCoreApplication.translate("phases", "Initiation"),
        "strategy": QCoreApplication.translate("phases", "Strategy"),
        "implementation": QCoreApplication.translate("phases", "Implementation"),
        "monitoring": QCoreApplication.translate("phases", "Monitoring"),
    }
    return labels.get(phase, phase)


def country_label(code: str) -> str:
    """``Cambodia (KHM)``: the name people search by, the code they type."""
    from storage.validation import country_name  # pycountry: only once a mission shows

    name = country_name(code)
    return f"{name} ({code})" if name != code else code


class MissionModel(QAbstractTableModel):
    """Missions as rows, newest first."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._missions: list[Mission] = []
        self._headers = (
            self.tr("Country"),
            self.tr("Phase"),
            self.tr("Title"),
            self.tr("Dates"),
            self.tr("Submissions"),
        )
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._missions = self._database.missions()
        self.endResetModel()

    def mission(self, row: int) -> Mission:
        return self._missions[row]

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, m in enumerate(self._missions) if m.uuid == uuid), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._missions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        mission = self._missions[index.row()]
        column = index.column()
        if role == UUID_ROLE:
            return mission.uuid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(mission, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE and mission.notes:
            return mission.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SUBMISSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, mission: Mission, column: int) -> Any:
        if column == COUNTRY:
            return country_label(mission.country)
        if column == PHASE:
            return phase_label(mission.phase)
        if column == TITLE:
            return mission.title
        if column == DATES:
            return " – ".join(d for d in (mission.start_date, mission.end_date) if d)
        return mission.submission_count
