"""Start-up time: ``fieldwheel --quit-after-show`` against a bare PySide6 window.

Both are timed the same way in the same run (a fresh subprocess each, wall
clock from spawn to exit, interleaved so machine noise hits both), and the
ratio of medians is what we track (target <= 1.5).  Fieldwheel opens a temp
database, already created but empty (so the welcome page shows), and, as a
fifth command, one holding the sample missions (``fieldwheel demo``: the
missions list and a mission's submissions show instead), from compiled
bytecode as an installed copy would (a private cache folder, written by the
warm-up run, even where PYTHONDONTWRITEBYTECODE is set).  A third script,
a window with just a one-row table, a menu and a status bar, shows how much of
the gap any window with text and Qt enums pays before application code runs,
and a fourth, the same table with its rows from a Python model as ours are,
what PySide6's ``Qt`` namespace adds to that.  Last, Fieldwheel's own first
window built by the plainest script (``harness/plain_main_window.py``: the
same widgets, Python models and two raw sqlite3 queries, none of our modules)
on the same two databases: the floor of that content, so the figure against
it is what Fieldwheel's own code costs.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7
TARGET = 1.5

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

PLAIN_ENTRY = "import sys; from plain_main_window import main; sys.exit(main())"
"""The plain script of our window, from its bytecode as ``main`` is (``PYTHONPATH`` finds it)."""

INSTALLED_ENTRY = "import sys; from main import main; sys.exit(main())"
"""What the installed ``fieldwheel`` command runs (``main:main``): ``main`` from its bytecode.

``python main.py`` would compile main.py afresh at every start, which no installed copy does.
"""

TABLE_TAIL = """
view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
window.setCentralWidget(view)
window.menuBar().addMenu("File")
window.statusBar().showMessage("Database: fieldwheel.sqlite3")
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
"""The one-row table's header, menu, status bar, showing and quitting, shared by both references."""

TABLE_WINDOW = (
    """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(1, 3)
model.setItem(0, 0, QStandardItem("Cambodia"))
view = QTableView()
view.setModel(model)
"""
    + TABLE_TAIL
)


PYTHON_MODEL_WINDOW = (
    """
import sys
from PySide6.QtCore import QAbstractTableModel, QTimer, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QTableView


class Rows(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 1

    def columnCount(self, parent=None):
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "Cambodia" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None


app = QApplication(sys.argv)
window = QMainWindow()
view = QTableView()
view.setModel(Rows())
"""
    + TABLE_TAIL
)
"""The table window with its rows from Python, as every list of ours is: PySide6 then builds
the whole ``Qt`` enum namespace (93 enum classes), which no window with a Python model avoids."""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one run of ``command``.

    On a shared machine the wall clock also counts waiting for a core; the
    CPU time is what the start-up itself costs, so both ratios are printed.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def commands(folder: str, env: dict[str, str]) -> dict[str, tuple[list[str], dict[str, str]]]:
    """Each timed start-up by name: its command line and environment."""
    scripts = {"bare": BARE_WINDOW, "table": TABLE_WINDOW, "model": PYTHON_MODEL_WINDOW}
    for name, text in scripts.items():
        (Path(folder) / f"{name}_window.py").write_text(text, encoding="utf-8")
    empty, sample = f"{folder}/fieldwheel.sqlite3", f"{folder}/sample.sqlite3"
    fieldwheel = [sys.executable, "-c", INSTALLED_ENTRY, "--db"]
    demo = [*fieldwheel, sample, "demo"]
    subprocess.run(demo, cwd=ROOT, env=env, check=True, capture_output=True)
    plain_env = {**env, "PYTHONPATH": str(ROOT / "bench" / "harness")}
    plain = [sys.executable, "-c", PLAIN_ENTRY]
    return {
        "fieldwheel": ([*fieldwheel, empty, "--quit-after-show"], env),
        "sample": ([*fieldwheel, sample, "--quit-after-show"], env),
        "plain": ([*plain, empty], plain_env),
        "plain_sample": ([*plain, sample], plain_env),
        **{name: ([sys.executable, f"{folder}/{name}_window.py"], env) for name in scripts},
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="fieldwheel-bench-") as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": folder,  # the user's settings stay untouched
            # An installed Fieldwheel starts from compiled bytecode; the warm-up run writes it.
            "PYTHONPYCACHEPREFIX": f"{folder}/pycache",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        timed_commands = commands(folder, env)
        for command, command_env in timed_commands.values():  # creates the database, warms
            timed(command, command_env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in timed_commands}
        for _ in range(RUNS):
            for name, (command, command_env) in timed_commands.items():
                runs[name].append(timed(command, command_env))
    for kind, column in (("wall", 0), ("cpu", 1)):
        report(
            kind,
            {name: statistics.median(r[column] for r in done) * 1e3 for name, done in runs.items()},
        )


def report(kind: str, ms: dict[str, float]) -> None:
    """One line per figure: ours over its floor, and the references over the bare window."""
    lines = (
        ("window", "fieldwheel", "bare", f"fieldwheel; target <= {TARGET}"),
        ("window_on_sample_missions", "sample", "bare", "fieldwheel on the sample missions"),
        ("window_vs_plain_script", "fieldwheel", "plain", "fieldwheel vs the plain script"),
        ("sample_vs_plain_script", "sample", "plain_sample", "the same on the sample missions"),
        ("plain_script_reference", "plain", "bare", "the plain script of our window"),
        ("table_window_reference", "table", "bare", "a one-row table + menu + status bar"),
        ("python_model_reference", "model", "bare", "that table with a Python model"),
    )
    for figure, ours, floor, what in lines:
        print(
            f"startup.{figure}.{kind} ratio={ms[ours] / ms[floor]:.2f} "
            f"({what}: {ms[ours]:.0f} ms vs {ms[floor]:.0f} ms)"
        )


if __name__ == "__main__":
    main()
