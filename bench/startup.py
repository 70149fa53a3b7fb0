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
what PySide6's ``Qt`` namespace adds to that.
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
        bare_script = Path(folder) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        fieldwheel = [sys.executable, "-c", INSTALLED_ENTRY, "--db", f"{folder}/fieldwheel.sqlite3"]
        fieldwheel.append("--quit-after-show")
        sample = [sys.executable, "-c", INSTALLED_ENTRY, "--db", f"{folder}/sample.sqlite3"]
        subprocess.run([*sample, "demo"], cwd=ROOT, env=env, check=True, capture_output=True)
        sample.append("--quit-after-show")
        bare = [sys.executable, str(bare_script)]
        table_script = Path(folder) / "table_window.py"
        table_script.write_text(TABLE_WINDOW, encoding="utf-8")
        table = [sys.executable, str(table_script)]
        model_script = Path(folder) / "python_model_window.py"
        model_script.write_text(PYTHON_MODEL_WINDOW, encoding="utf-8")
        model = [sys.executable, str(model_script)]
        for command in (fieldwheel, sample, bare, table, model):  # creates the database, warms
            timed(command, env)
        app_runs, sample_runs, bare_runs, table_runs, model_runs = [], [], [], [], []
        for _ in range(RUNS):
            app_runs.append(timed(fieldwheel, env))
            sample_runs.append(timed(sample, env))
            bare_runs.append(timed(bare, env))
            table_runs.append(timed(table, env))
            model_runs.append(timed(model, env))
    for kind, column in (("wall", 0), ("cpu", 1)):
        app_ms = statistics.median(run[column] for run in app_runs) * 1e3
        bare_ms = statistics.median(run[column] for run in bare_runs) * 1e3
        table_ms = statistics.median(run[column] for run in table_runs) * 1e3
        print(
            f"startup.window.{kind} ratio={app_ms / bare_ms:.2f} (fieldwheel {app_ms:.0f} ms, "
            f"bare PySide6 {bare_ms:.0f} ms; target <= {TARGET})"
        )
        sample_ms = statistics.median(run[column] for run in sample_runs) * 1e3
        print(
            f"startup.window_on_sample_missions.{kind} ratio={sample_ms / bare_ms:.2f} "
            f"(fieldwheel on the sample missions {sample_ms:.0f} ms vs bare {bare_ms:.0f} ms)"
        )
        print(
            f"startup.table_window_reference.{kind} ratio={table_ms / bare_ms:.2f} "
            f"(a one-row table + menu + status bar {table_ms:.0f} ms vs bare {bare_ms:.0f} ms)"
        )
        model_ms = statistics.median(run[column] for run in model_runs) * 1e3
        print(
            f"startup.python_model_reference.{kind} ratio={model_ms / bare_ms:.2f} "
            f"(that table with a Python model {model_ms:.0f} ms vs bare {bare_ms:.0f} ms)"
        )


if __name__ == "__main__":
    main()
