"""The mission and submission item models, checked by pytest-qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from storage import Database
from ui.missions.model import COUNTRY, PHASE, SUBMISSIONS, TITLE, MissionModel
from ui.missions.model import UUID_ROLE as MISSION_UUID
from ui.submissions.model import ANSWERED, AUTHOR, FORM, STATUS, SubmissionModel, local_time
from ui.submissions.model import UUID_ROLE as SUBMISSION_UUID

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "fieldwheel.sqlite3")
    yield database
    database.close()


@pytest.fixture
def filled(db: Database) -> Database:
    """Two missions; the Cambodia one has two submissions of a stored form."""
    db.create_mission("SEN", "Senegal monitoring", "monitoring", start_date="2026-01-05")
    mission = db.create_mission("KHM", "Cambodia diagnostic", "strategy", notes="Pilot")
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    first = db.create_submission(mission.uuid, "tiny", "1", "Sok")
    db.create_submission(mission.uuid, "tiny", "1", "Dara")
    db.save_answers(first.uuid, {"a": "1", "b": "2"}, "Sok")
    db.set_status(first.uuid, "complete")
    return db


def test_mission_model_passes_the_model_tester(qtmodeltester, filled: Database) -> None:
    model = MissionModel(filled)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_empty_models_pass_the_model_tester(qtmodeltester, db: Database) -> None:
    qtmodeltester.check(MissionModel(db), force_py=True)
    qtmodeltester.check(SubmissionModel(db), force_py=True)


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


def test_submission_model_passes_the_model_tester(qtmodeltester, filled: Database) -> None:
    model = SubmissionModel(filled)
    model.set_mission(next(m.uuid for m in filled.missions() if m.country == "KHM"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2


def test_submission_rows_show_form_title_status_author_and_progress(filled: Database) -> None:
    mission = next(m for m in filled.missions() if m.country == "KHM")
    model = SubmissionModel(filled)
    model.set_mission(mission.uuid)
    first = model.row_of(filled.submissions(mission.uuid)[0].uuid)
    assert first is not None
    assert model.index(first, FORM).data(DISPLAY) == "Tiny form"
    assert model.index(first, STATUS).data(DISPLAY) == "Complete"
    assert model.index(first, AUTHOR).data(DISPLAY) == "Sok"
    assert model.index(first, ANSWERED).data(DISPLAY) == 2
    assert model.index(first, 0).data(SUBMISSION_UUID) == model.submission(first).uuid
    assert model.index(1 - first, STATUS).data(DISPLAY) == "Draft"


def test_submission_model_follows_new_answers_on_refresh(filled: Database) -> None:
    mission = next(m for m in filled.missions() if m.country == "KHM")
    model = SubmissionModel(filled)
    model.set_mission(mission.uuid)
    second = filled.submissions(mission.uuid)[1]
    filled.save_answer(second.uuid, "c", "3", "Dara")
    model.refresh()
    assert model.index(model.row_of(second.uuid), ANSWERED).data(DISPLAY) == 1


def test_no_mission_means_no_rows(filled: Database) -> None:
    model = SubmissionModel(filled)
    assert model.rowCount() == 0
    model.set_mission(None)
    assert model.rowCount() == 0


def test_local_time_reads_stored_utc_stamps() -> None:
    assert len(local_time("2026-11-23T17:18:57.123456Z")) == len("2026-11-23 17:18")
    assert local_time("not a time") == "not a time"
