"""The workshop board: keystrokes to capture one priority, and keystroke-to-saved latency.

Keystrokes are counted while a priority is captured with real key events on
an offscreen board (Enter, title, Tab, block letters, Tab, outcome initial,
Tab, three vote counts, Enter).  Latency is measured from the key that
commits a vote (Tab) to the moment the key event returns, by which time the
answer and its audit entry are committed to SQLite (WAL, synchronous=FULL);
the floor is a raw sqlite3 INSERT and COMMIT with the same pragmas, run
interleaved in the same process.  Each of RUNS runs takes the median of its
SAVES commits; the figures are the median over the runs.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from exports.workshop.start import new_workshop
from storage import Database
from storage.connection import PRAGMAS

if TYPE_CHECKING:
    from ui.workshop.window import WorkshopWindow

RUNS = 5
SAVES = 30
PRIORITY = ("Fibre to every district", "inf", "v", ("18", "2", "1"))


class Keyboard:
    """Key presses to the focused widget, counted, each followed by the event loop."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.count = 0
        self.loop = QEventLoop()

    def press(self, key: Qt.Key) -> None:
        QTest.keyClick(QApplication.focusWidget() or self.window, key)
        self.count += 1
        self.loop.processEvents()

    def type(self, text: str) -> None:
        for character in text:
            QTest.keyClicks(QApplication.focusWidget() or self.window, character)
            self.count += 1
            self.loop.processEvents()


def _board(folder: Path, name: str) -> tuple[Database, str, WorkshopWindow]:
    from ui.workshop.window import WorkshopWindow

    db = Database(folder / f"{name}.sqlite3")
    db.set_author("Bench")
    mission = db.create_mission("KHM", "Bench", "strategy")
    submission = new_workshop(db, mission.uuid, "Bench")
    window = WorkshopWindow(db, submission.uuid, by="Bench")
    window.show()
    window.activateWindow()
    window.view.setFocus()
    return db, submission.uuid, window


def keystrokes_per_priority(folder: Path) -> tuple[int, int]:
    """Keys for one priority besides its title, and its title's length; checks it was saved."""
    db, uuid, window = _board(folder, "keys")
    keys = Keyboard(window)
    title, block, outcome, votes = PRIORITY
    keys.press(Qt.Key.Key_Return)
    keys.type(title)
    for typed in (block, outcome, *votes[:-1]):
        keys.press(Qt.Key.Key_Tab)
        keys.type(typed)
    keys.press(Qt.Key.Key_Tab)
    keys.type(votes[-1])
    keys.press(Qt.Key.Key_Return)
    stored = db.answers(uuid)
    assert stored["priorities[1]/votes_abstain"] == votes[-1], stored
    assert stored["priorities[1]/priority_block"] == "infrastructure", stored
    window.close()
    db.close()
    return keys.count - len(title), len(title)


def latency_run(folder: Path, run: int) -> tuple[float, float]:
    """Median seconds from a committing Tab to the vote on disk, and the raw floor's median."""
    db, uuid, window = _board(folder, f"latency{run}")
    raw = sqlite3.connect(folder / f"raw{run}.sqlite3", isolation_level=None)
    for pragma in PRAGMAS:
        raw.execute(pragma)
    raw.execute("CREATE TABLE answers (path TEXT PRIMARY KEY, value TEXT)")
    view = window.view
    keys = Keyboard(window)
    ours: list[float] = []
    floor: list[float] = []
    for index in range(SAVES):
        view.edit_cell(0, "votes_for")
        keys.loop.processEvents()
        keys.type(str(index + 1))
        start = time.perf_counter()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        ours.append(time.perf_counter() - start)
        assert db.answers(uuid)["priorities[1]/votes_for"] == str(index + 1)
        keys.loop.processEvents()
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", ("votes_for", str(index)))
        raw.execute("COMMIT")
        floor.append(time.perf_counter() - start)
    window.close()
    db.close()
    raw.close()
    return statistics.median(ours), statistics.median(floor)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        extra, title = keystrokes_per_priority(folder)
        runs = [latency_run(folder, run) for run in range(RUNS)]
    ours = statistics.median(run[0] for run in runs)
    floor = statistics.median(run[1] for run in runs)
    print(
        f"workshop.keystrokes  one priority = title + {extra} keys "
        f"(Enter, block 'inf', outcome 'v', votes 18/2/1, 5 Tabs, Enter; "
        f"{title + extra} with this {title}-letter title)"
    )
    print(
        f"workshop.latency  ratio={ours / floor:.2f}  keystroke-to-saved median "
        f"{ours * 1e3:.2f} ms | raw sqlite3 commit median {floor * 1e3:.2f} ms  "
        f"(median of {RUNS} runs x {SAVES} saves)"
    )
    app.quit()


if __name__ == "__main__":
    main()
