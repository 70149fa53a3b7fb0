"""A table model over the database's missions, read a page at a time.

Missions are usually tens per database, but headquarters gathers many; they
are read as the view scrolls (``PagedRecordModel``), each page with its
submission counts in the same query.  Views keep their selection by uuid
(``UUID_ROLE``, ``row_of``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from storage import Database, Mission
from storage.pages import mission_position, missions_page
from ui.shared.records.model import (
    ALIGNMENT_ROLE,
    DISPLAY_ROLE,
    RIGHT_ALIGNED,
    TOOLTIP_ROLE,
    UUID_ROLE,
    local_date,
)
from ui.shared.records.paged import PagedRecordModel

__all__ = ["UUID_ROLE", "MissionModel", "country_label", "phase_label"]

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


class MissionModel(PagedRecordModel[Mission]):
    """Missions as rows, newest first."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(
            lambda: (
                self.tr("Country"),
                self.tr("Phase"),
                self.tr("Title"),
                self.tr("Dates"),
                self.tr("Submissions"),
            ),
            parent,
        )
        self._database = database
        self.refresh()

    def load_page(self, after: Mission | None, limit: int) -> list[Mission]:
        return missions_page(self._database, after=after, limit=limit)

    def position(self, key: str) -> int | None:
        return mission_position(self._database, key)

    def mission(self, row: int) -> Mission:
        return self.record(row)

    def cell(self, mission: Mission, column: int, role: int) -> Any:
        if role == DISPLAY_ROLE:
            return self._display(mission, column)
        if role == TOOLTIP_ROLE and column == TITLE and mission.notes:
            return mission.notes
        if role == ALIGNMENT_ROLE and column == SUBMISSIONS:
            return RIGHT_ALIGNED
        return None

    def _display(self, mission: Mission, column: int) -> Any:
        if column == COUNTRY:
            return country_label(mission.country)
        if column == PHASE:
            return phase_label(mission.phase)
        if column == TITLE:
            return mission.title
        if column == DATES:
            return " – ".join(local_date(d) for d in (mission.start_date, mission.end_date) if d)
        return mission.submission_count
