"""The submissions table model, checked by pytest-qt's model tester and row by row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storage import Database
from ui.submissions.model import ANSWERED, AUTHOR, FORM, STATUS, SubmissionModel
from ui.submissions.model import UUID_ROLE as SUBMISSION_UUID

DISPLAY = Qt.ItemDataRole.DisplayRole


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


def test_empty_submission_model_passes_the_model_tester(qtmodeltester, db: Database) -> None:
    qtmodeltester.check(SubmissionModel(db), force_py=True)
