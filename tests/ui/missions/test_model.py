"""The missions table model, checked by pytest-qt's model tester and row by row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storage import Database
from ui.missions.model import COUNTRY, PHASE, SUBMISSIONS, TITLE, MissionModel
from ui.missions.model import UUID_ROLE as MISSION_UUID

DISPLAY = Qt.ItemDataRole.DisplayRole


def test_mission_model_passes_the_model_tester(qtmodeltester, filled: Database) -> None:
    model = MissionModel(filled)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_mission_rows_show_country_name_phase_and_count(filled: Database) -> None:
    model = MissionModel(filled)
    row = model.row_of(next(m.uuid for m in filled.missions() if m.country == "KHM"))
    assert row is not None
    assert model.index(row, COUNTRY).data(DISPLAY) == "Cambodia (KHM)"
    assert model.index(row, PHASE).data(DISPLAY) == "Strategy"
    assert model.index(row, TITLE).data(DISPLAY) == "Cambodia diagnostic"
    assert model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Pilot"
    assert model.index(row, SUBMISSIONS).data(DISPLAY) == 2
    assert model.index(row, 0).data(MISSION_UUID) == model.mission(row).uuid
    assert model.headerData(COUNTRY, Qt.Orientation.Horizontal) == "Country"


def test_empty_mission_model_passes_the_model_tester(qtmodeltester, db: Database) -> None:
    qtmodeltester.check(MissionModel(db), force_py=True)
