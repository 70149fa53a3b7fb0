"""SIGKILL the filler while someone types: every acknowledged answer must survive.

A child process opens FormFillerWindow offscreen on a temporary database and
types answers with real key events, half of them saved by leaving the field
(Tab) and half by the 0.5 s debounce, and waits for each answer's save to be
reported before the next (never a fixed time).  It prints ``saved PATH VALUE``
only after the session reports the answer on disk.  The test kills it right after
a random number of those reports (never before the first, whatever the
machine's load) and checks, on reopening, that each reported answer is there and
that SQLite's integrity check passes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storage import Database
from tests.storage.killing import after_lines, assert_intact, random_counts, run_and_kill
from tests.ui.filler.support import markdown_form, new_submission

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = 24
FORM = "| survey |\n| | type | name | label |\n" + "".join(
    f"| | text | q{index} | Question {index} |\n" for index in range(QUESTIONS)
)

TYPIST = """
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[3])

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])

from storage import Database
from ui.filler.window import FormFillerWindow

db = Database(sys.argv[1])
window = FormFillerWindow(db, sys.argv[2], by="typist")
window.show()
window.activateWindow()
app.processEvents()
session = window.filler.session
reported = {}


def report(path):
    reported[path] = session.state.value(path)
    print("saved", path, reported[path], flush=True)


session.saved.connect(report)
page = window.filler.pages[window.filler.current_key]
print("ready", flush=True)
for index in range(int(sys.argv[4])):
    field = page.fields[f"q{index}"]
    field.focus_input()
    app.processEvents()
    typed = f"answer {index} typed"
    for character in typed:
        QTest.keyClick(field.line, character)
        app.processEvents()
    if index % 2:
        QTest.keyClick(field.line, Qt.Key.Key_Tab)
    # The pause (or leaving the field) saves; wait for the save's report, however long
    # a loaded machine takes, not for a fixed time.
    while reported.get(f"q{index}") != typed:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("saves", random_counts(5, 1, QUESTIONS - 4, seed=20261123))
def test_killed_filler_keeps_every_acknowledged_answer(tmp_path, saves):
    database = tmp_path / "fieldwheel.sqlite3"
    with Database(database) as db:
        uuid = new_submission(db, markdown_form(FORM, "kill_form.md"))
    script = tmp_path / "typist.py"
    script.write_text(TYPIST)
    killed = run_and_kill(
        [sys.executable, str(script), str(database), uuid, str(ROOT), str(QUESTIONS)],
        after_lines("saved ", saves),
        cwd=ROOT,
    )
    assert killed.was_running and "done" not in killed.lines  # killed while typing
    reported: dict[str, str] = {}
    for line in killed.lines:
        if line.startswith("saved "):
            _, path, value = line.split(" ", 2)
            reported[path] = value
    assert len(reported) >= 1 and killed.count("saved ") >= saves
    assert_intact(database).close()
    with Database(database) as db:
        stored = db.answers(uuid)
    for path, value in reported.items():
        assert stored.get(path) == value, (path, value, stored.get(path))
    assert all(f"answer {path[1:]} typed".startswith(value) for path, value in reported.items())
