"""The submissions list reads a page at a time and still finds any row asked for."""

from __future__ import annotations

import pytest

from storage import Database
from tests.storage.many import many_submissions
from ui.shared.records.paged import PAGE
from ui.submissions.model import SubmissionModel
from ui.submissions.panel import SubmissionPanel


@pytest.fixture
def many(tmp_path):
    path = tmp_path / "many.sqlite3"
    mission = many_submissions(path, 2 * PAGE + 10)
    with Database(path) as db:
        yield db, db.mission(mission)


def test_only_the_first_page_is_read_until_the_view_asks(qtmodeltester, many):
    db, mission = many
    model = SubmissionModel(db)
    model.set_mission(mission.uuid)
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE + 10 and not model.canFetchMore()
    assert model.records() == db.submissions(mission.uuid)
    qtmodeltester.check(model)


def test_a_row_not_read_yet_is_found_by_reading_up_to_it(many):
    db, mission = many
    model = SubmissionModel(db)
    model.set_mission(mission.uuid)
    last = db.submissions(mission.uuid)[-1]
    assert model.row_of(last.uuid) == 2 * PAGE + 9
    assert model.row_of("not a submission") is None


def test_a_refresh_keeps_the_rows_read_and_another_mission_starts_afresh(many):
    db, mission = many
    model = SubmissionModel(db)
    model.set_mission(mission.uuid)
    model.fetchMore()
    model.refresh()
    assert model.rowCount() == 2 * PAGE
    other = db.create_mission("LAO", "Elsewhere", "strategy")
    model.set_mission(other.uuid)
    assert model.rowCount() == 0 and not model.canFetchMore()
    model.set_mission(mission.uuid)
    assert model.rowCount() == PAGE


def test_the_view_reads_more_as_it_scrolls_to_the_end(qtbot, many):
    db, mission = many
    panel = SubmissionPanel(db)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    panel.show_mission(mission)
    qtbot.waitExposed(panel)
    bar = panel.view.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.maximum())
        qtbot.wait(10)
    assert panel.model.rowCount() == 2 * PAGE + 10
    panel.select(db.submissions(mission.uuid)[5].uuid)
    assert panel.selected_uuid() == db.submissions(mission.uuid)[5].uuid
