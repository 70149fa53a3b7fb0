"""The window on a server database: the filler autosaves to PostgreSQL, sees other analysts'
changes, keeps both values when an import raced an edit, and the wheel is drawn from it."""

from __future__ import annotations

import pytest

from storage import Database
from storage.conflicts import list_conflicts
from storage.demo import build_demo, demo_uuid
from tests.ui.filler.support import (
    SKIP_LOGIC,
    Opened,
    leave,
    markdown_form,
    new_submission,
    open_window,
    type_text,
)
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown


@pytest.fixture
def opened(qtbot, postgres_url):
    db = Database(postgres_url)
    form = markdown_form(SKIP_LOGIC)
    uuid = new_submission(db, form)
    opened = Opened(db, uuid, form, open_window(qtbot, db, uuid))
    yield opened
    opened.window.close()
    db.close()


def _another_analyst(opened: Opened, path: str, value: str) -> None:
    """Another connection to the server (an analyst's import, the command line)."""
    with Database(opened.db.path) as other:
        other.save_answer(opened.uuid, path, value, "HQ import")


def test_typed_answers_are_saved_to_the_server_as_they_are_typed(qtbot, opened, postgres_url):
    name = opened.field("name")
    type_text(qtbot, name, "Sok Dara")
    leave(qtbot, name)
    age = opened.field("age")
    type_text(qtbot, age, "41")
    leave(qtbot, age)
    with Database(postgres_url) as reader:  # what any other analyst reads now
        assert reader.answers(opened.uuid) == {"name": "Sok Dara", "age": "41"}
        assert {entry.path for entry in reader.audit(opened.uuid)} >= {"name", "age"}
    assert "Saved" in opened.filler.status.text()


def test_typing_is_autosaved_to_the_server_without_leaving_the_field(qtbot, opened, postgres_url):
    notes = opened.field("notes")
    type_text(qtbot, notes, "still typing")
    with Database(postgres_url) as reader:
        qtbot.waitUntil(
            lambda: reader.answers(opened.uuid).get("notes") == "still typing", timeout=10_000
        )
    assert notes.line.hasFocus()


def test_another_analysts_change_is_shown_within_the_form(qtbot, opened):
    _another_analyst(opened, "notes", "checked at HQ")
    opened.window.check_for_outside_changes()
    assert opened.field("notes").line.text() == "checked at HQ"
    assert "changed elsewhere" in opened.filler.status.text()


def test_an_answer_typed_over_an_imports_change_keeps_both_as_a_conflict(qtbot, opened):
    age = opened.field("age")
    type_text(qtbot, age, "40")
    leave(qtbot, age)
    _another_analyst(opened, "age", "41")
    age.line.selectAll()
    type_text(qtbot, age, "42")
    leave(qtbot, age)
    assert opened.stored()["age"] == "42"
    assert "both answers are kept as a conflict" in opened.filler.status.text()
    [conflict] = list_conflicts(opened.db)
    assert (conflict.local_value, conflict.package_value) == ("42", "41")


def test_the_wheel_tab_draws_the_servers_mission(qtbot, postgres_url):
    with Database(postgres_url) as setup:
        build_demo(setup)
    db = Database(postgres_url)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.missions.select(demo_uuid("mission"))
    with qtbot.waitSignal(window.wheel.wheel_shown, timeout=60_000):
        window.tabs.setCurrentWidget(window.wheel_page)
    wheel = window.wheel
    assert wheel.data.mission_wheel.mission.uuid == demo_uuid("mission")
    assert wheel.pages.currentWidget() is wheel.body
    assert wheel.view.canvas.figure is wheel.data.figure
    assert len(wheel.data.respondents) == 5
    assert window.windowTitle().count(db.path.name) == 1
    window.close()
    db.close()
