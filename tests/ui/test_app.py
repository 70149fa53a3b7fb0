"""Start-up, background operations and error dialogs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from forms.errors import Cancelled, UserError
from storage import Database
from tests.ui.child_python import run_python
from ui.shared import errors, workers
from ui.shared.workers import Operation, Task

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shown(monkeypatch) -> list[BaseException]:
    """Errors routed to a dialog, recorded instead of shown."""
    seen: list[BaseException] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _parent, error: seen.append(error))
    monkeypatch.setattr(errors, "show_crash", lambda _parent, error: seen.append(error))
    yield seen
    workers.wait_for_workers()


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _run_main(tmp_path: Path, database: Path | None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    chosen = ["--db", str(database)] if database else []
    return subprocess.run(
        [sys.executable, "main.py", *chosen, "--quit-after-show"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_quit_after_show_exits_cleanly_on_a_fresh_database(tmp_path: Path) -> None:
    database = tmp_path / "fieldwheel.sqlite3"
    result = _run_main(tmp_path, database)
    assert result.returncode == 0, result.stderr
    assert database.exists()
    assert "created a new, empty database" in result.stderr


def test_the_default_database_folder_is_created_on_first_start(tmp_path: Path) -> None:
    result = _run_main(tmp_path, None)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "Fieldwheel" / "fieldwheel.sqlite3").exists()


def test_a_database_in_a_missing_folder_is_refused_by_the_window(tmp_path: Path) -> None:
    result = _run_main(tmp_path, tmp_path / "typo" / "fieldwheel.sqlite3")
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_a_damaged_database_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    database = tmp_path / "fieldwheel.sqlite3"
    with Database(database) as db:
        db.create_mission("KHM", "Cambodia", "strategy")
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(database.read_bytes())
    data[4096 : 4096 + 64] = b"\xff" * 64  # scribble over the second page
    database.write_bytes(bytes(data))
    result = _run_main(tmp_path, database)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("fieldwheel:")]
    assert len(lines) == 1 and "damaged" in lines[0]
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "notes.sqlite3"
    database.write_bytes(b"These are meeting notes, not a database.\n" * 200)
    result = _run_main(tmp_path, database)
    assert result.returncode == 2
    assert "not a Fieldwheel database" in result.stderr


def test_an_operation_delivers_its_result_on_the_main_thread(qtbot, parent, shown) -> None:
    threads: list[threading.Thread] = []

    def work(task: Task) -> int:
        threads.append(threading.current_thread())
        task.progress(1, 2, "half")
        return 42

    operation = Operation(parent, work)
    with qtbot.waitSignal(operation.succeeded, timeout=10_000) as result:
        operation.run_in_background()
    assert result.args == [42]
    assert threads and threads[0] is not threading.main_thread()
    assert shown == []


def test_an_operation_opens_its_own_database_connection(qtbot, parent, tmp_path, shown) -> None:
    path = tmp_path / "fieldwheel.sqlite3"
    with Database(path) as main_db:
        main_db.create_mission("KHM", "Cambodia", "strategy")

        def work(task: Task) -> list[str]:
            assert task.database() is not main_db
            task.database().create_mission("SEN", "Senegal", "monitoring")
            return [m.country for m in task.database().missions()]

        operation = Operation(parent, work, database_path=path)
        with qtbot.waitSignal(operation.succeeded, timeout=10_000) as result:
            operation.run_in_background()
        assert sorted(result.args[0]) == ["KHM", "SEN"]
        assert len(main_db.missions()) == 2


def test_a_user_error_is_shown_as_its_sentence(qtbot, parent, shown) -> None:
    def work(_task: Task) -> None:
        raise UserError("disk-full", "The disk is full; free some space.")

    operation = Operation(parent, work)
    with qtbot.waitSignal(operation.failed, timeout=10_000):
        operation.run_in_background()
    assert [error.code for error in shown] == ["disk-full"]


def test_a_bug_opens_the_crash_dialog(qtbot, parent, shown) -> None:
    operation = Operation(parent, lambda _task: 1 / 0)
    with qtbot.waitSignal(operation.failed, timeout=10_000):
        operation.run_in_background()
    assert [type(error) for error in shown] == [ZeroDivisionError]


def test_cancelling_stops_the_work_silently(qtbot, parent, shown) -> None:
    started = threading.Event()

    def work(task: Task) -> None:
        started.set()
        for _ in range(2000):  # 20 s at most, should cancelling fail
            task.progress(0, 0, "waiting")
            task.cancel.wait(0.01)

    operation = Operation(parent, work).with_progress("Slow work")
    with qtbot.waitSignal(operation.cancelled, timeout=10_000):
        operation.run_in_background()
        qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5_000)
        assert started.is_set()
        dialog = parent.findChild(QProgressDialog)
        [cancel] = dialog.findChildren(QPushButton)
        cancel.click()
    assert shown == []


def test_quick_work_never_shows_a_progress_dialog(qtbot, parent, shown) -> None:
    operation = Operation(parent, lambda _task: "quick").with_progress("Quick work")
    with qtbot.waitSignal(operation.succeeded, timeout=10_000):
        operation.run_in_background()
    # Evidence, not a wait past the delay: the finished operation deletes itself and,
    # with it, the timer that would have shown the dialog.
    qtbot.waitUntil(lambda: not shiboken6.isValid(operation), timeout=10_000)
    assert parent.findChild(QProgressDialog) is None


def test_cancelled_is_raised_by_progress_once_asked(parent) -> None:
    task = Operation(parent, lambda _task: None).task
    task.cancel.set()
    with pytest.raises(Cancelled):
        task.progress(1, 2)


def test_user_error_box_has_the_sentence_and_copies_details(qtbot) -> None:
    error = UserError("locked", "The database is in use by another program.", path="/x.sqlite3")
    box = errors.user_error_box(None, error)
    qtbot.addWidget(box)
    assert box.text() == error.message
    [copy] = [b for b in box.buttons() if b.text() == "Copy details"]
    box.show()
    copy.click()
    assert box.isVisible(), "copying must not close the box"
    copied = QGuiApplication.clipboard().text()
    assert "code: locked" in copied and "path: /x.sqlite3" in copied


def test_crash_box_carries_the_traceback(qtbot) -> None:
    try:
        _ = {}["missing"]
    except KeyError as caught:
        box = errors.crash_box(None, caught)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError" in box.detailedText() and "Traceback" in box.detailedText()
    assert "saved" in box.text()


def test_the_first_window_does_not_import_heavy_modules(tmp_path: Path) -> None:
    check = (
        "import sys; from pathlib import Path; from ui.app import run_app; "
        f"code = run_app(Path({str(tmp_path / 'f.sqlite3')!r}), quit_after_show=True); "
        "heavy = ('pyxform', 'matplotlib', 'openpyxl', 'xlsxwriter', 'pycountry', "
        "'forms.xlsform.load', "
        "'forms.state.form_state', 'cryptography', 'msoffcrypto'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy)); "
        "sys.exit(code)"
    )
    assert run_python(check, tmp_path).strip() == "[]"


def test_start_up_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    """Only the migration that builds the search index and searching may load it."""
    path = tmp_path / "f.sqlite3"
    Database(path).close()  # a database as any start but the very first finds it
    check = (
        "import sys; from pathlib import Path; from ui.app import run_app; "
        f"code = run_app(Path({str(path)!r}), quit_after_show=True); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'numpy'))); "
        "sys.exit(code)"
    )
    assert run_python(check, tmp_path).strip() == "[]"


def test_hidden_tabs_and_the_form_model_load_on_first_show(tmp_path: Path) -> None:
    """The Wheel, Pledges and KPIs tabs are built (their modules imported) when first shown.

    Nor does the first window define a dataclass (records and settings are named
    tuples) or load what only an error dialog needs.
    """
    path = tmp_path / "f.sqlite3"
    Database(path).close()  # a database as any start but the very first finds it
    check = (
        "import sys; from pathlib import Path; from ui.app import run_app; "
        f"code = run_app(Path({str(path)!r}), quit_after_show=True); "
        "late = ('ui.wheel', 'ui.engagement', 'forms.model', 'getpass', 'dataclasses', "
        "'forms.crash_log', 'ui.shared.core_messages'); "
        "print(sorted(m for m in sys.modules if m.startswith(late))); sys.exit(code)"
    )
    assert run_python(check, tmp_path).strip() == "[]"


def test_a_hidden_tab_is_built_when_its_page_is_first_shown(qtbot, demo_db) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    assert window.wheel_page.built is None
    window.tabs.setCurrentWidget(window.wheel_page)
    assert window.wheel_page.built is window.wheel
    assert window.wheel.isVisible()  # in the same paint as its page, not one event later
    assert window.pledges_page.built is None and window.kpis_page.built is None
