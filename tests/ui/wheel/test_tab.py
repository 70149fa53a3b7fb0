"""The wheel tab: drawn off the UI thread, clickable, exportable, redrawn after saves."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from storage import Database
from storage.demo import build_demo, demo_uuid
from tests.ui.child_python import run_python
from ui.main_window import MainWindow
from ui.shared import workers
from ui.wheel import export as wheel_export
from ui.wheel.tab import WheelTab

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown

FOLLOW_UPS = [demo_uuid(f"submission/{index}") for index in range(1, 5)]
"""The demo's current-round diagnostics (0 is the baseline interview)."""


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    with Database(path) as database:
        build_demo(database)
    return path


@pytest.fixture
def db(tmp_path, demo_template):
    shutil.copy(demo_template, tmp_path / "fieldwheel.sqlite3")
    database = Database(tmp_path / "fieldwheel.sqlite3")
    yield database
    database.close()


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.missions.select(demo_uuid("mission"))
    return main


def show_wheel(qtbot, window: MainWindow) -> WheelTab:
    with qtbot.waitSignal(window.wheel.wheel_shown, timeout=30_000):
        window.tabs.setCurrentWidget(window.wheel_page)
    assert window.wheel.data is not None
    qtbot.waitExposed(window.wheel.view.canvas)
    return window.wheel


def wedge_centre(wheel: WheelTab, block: str) -> QPoint:
    """Where block ``block``'s wedge is halfway up, in canvas widget coordinates."""
    from exports.wheel.chart import wheel_slots
    from exports.wheel.paint import BASE

    canvas = wheel.view.canvas
    slot = wheel_slots(wheel.data.mission_wheel.wheel)[0][block]
    x, y = canvas.figure.axes[0].transData.transform((slot.theta, BASE + 2.5))
    ratio = canvas.device_pixel_ratio
    return QPoint(round(x / ratio), round(canvas.height() - y / ratio))


def test_the_tab_shows_the_demo_missions_wheel(qtbot, window: MainWindow, told) -> None:
    wheel = show_wheel(qtbot, window)
    assert wheel.view.canvas.figure is wheel.data.figure
    assert wheel.pages.currentWidget() is wheel.body
    assert wheel.data.mission_wheel.mission.uuid == demo_uuid("mission")
    assert wheel.language.count() == len(wheel.data.mission_wheel.wheel.languages) > 1
    assert wheel.export_button.isEnabled()
    assert told == []


def test_clicking_a_wedge_lists_the_blocks_questions_and_answers(qtbot, window: MainWindow) -> None:
    wheel = show_wheel(qtbot, window)
    qtbot.mouseClick(
        wheel.view.canvas, Qt.MouseButton.LeftButton, pos=wedge_centre(wheel, "infrastructure")
    )
    block = wheel.data.mission_wheel.wheel.block("infrastructure")
    tree = wheel.details.tree
    assert wheel.details.block_name() == "infrastructure"
    assert tree.topLevelItemCount() == len(block.questions)
    first = block.questions[0]
    assert tree.topLevelItem(0).text(0) == first.labels["English (en)"]
    respondents = tree.topLevelItem(0)
    assert respondents.childCount() == len(wheel.data.respondents) == 5
    answers = {respondents.child(i).text(1) for i in range(respondents.childCount())}
    assert answers <= {"3 – Developing", "4 – Advanced", "2 – Emerging", "(no answer)"}
    assert "Median" in wheel.details.summary.text()


def test_hovering_a_wedge_names_the_block_and_its_score(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolTip

    wheel = show_wheel(qtbot, window)
    qtbot.mouseMove(wheel.view.canvas, wedge_centre(wheel, "affordability"))
    assert "Affordability" in QToolTip.text()
    assert "Median" in QToolTip.text()


def test_a_click_outside_the_blocks_changes_nothing(qtbot, window: MainWindow) -> None:
    wheel = show_wheel(qtbot, window)
    wheel.show_block("data")
    qtbot.mouseClick(wheel.view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert wheel.details.block_name() == "data"


def test_the_language_relabels_chart_and_details(qtbot, window: MainWindow) -> None:
    wheel = show_wheel(qtbot, window)
    wheel.show_block("infrastructure")
    with qtbot.waitSignal(wheel.wheel_shown, timeout=30_000):
        wheel.language.setCurrentIndex(wheel.language.findData("French (fr)"))
    assert wheel.data.language == "French (fr)"
    block = wheel.data.mission_wheel.wheel.block("infrastructure")
    assert wheel.details.blocks.currentText() == block.labels["French (fr)"]
    assert wheel.details.tree.topLevelItem(0).text(0) == block.questions[0].labels["French (fr)"]
    assert wheel.view.canvas.figure is wheel.data.figure


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_the_chosen_format(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, suffix: str
) -> None:
    wheel = show_wheel(qtbot, window)
    target = tmp_path / f"wheel{suffix}"
    monkeypatch.setattr(wheel_export, "choose_path", lambda _parent, _suggestion: target)
    with qtbot.waitSignal(wheel.export().succeeded, timeout=30_000):
        pass
    start = target.read_bytes()[:200]
    assert start.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in start
    assert target.name in wheel.status.text()


def test_an_unknown_suffix_is_one_sentence(qtbot, window: MainWindow, tmp_path, monkeypatch, told):
    wheel = show_wheel(qtbot, window)
    monkeypatch.setattr(wheel_export, "choose_path", lambda *_args: tmp_path / "wheel.pdf")
    with qtbot.waitSignal(wheel.export().failed, timeout=30_000):
        pass
    assert [error.code for error in told] == ["wheel-bad-suffix"]


def test_the_chosen_filter_supplies_a_missing_suffix(monkeypatch, tmp_path: Path) -> None:
    chosen = (str(tmp_path / "wheel"), "SVG drawing (*.svg)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: chosen)
    assert wheel_export.choose_path(None, tmp_path / "x.png") == tmp_path / "wheel.svg"


def test_saved_answers_redraw_once_after_a_pause(qtbot, window: MainWindow, db: Database) -> None:
    wheel = show_wheel(qtbot, window)
    wheel.show_block("data")
    before = wheel.data
    assert before.mission_wheel.current.blocks["data"].score != 5.0
    drawn: list[None] = []
    wheel.wheel_shown.connect(lambda: drawn.append(None))
    questions = before.mission_wheel.wheel.block("data").questions
    for uuid in FOLLOW_UPS:
        for question in questions:
            db.save_answer(uuid, question.path, "5", "Tester")
            window.fillers.answers_saved.emit(uuid)
    assert wheel.timer.isActive() and wheel.data is before  # typing is never interrupted
    with qtbot.waitSignal(wheel.wheel_shown, timeout=30_000):
        pass
    assert wheel.data.mission_wheel.current.blocks["data"].score == 5.0
    assert "Median 5.0" in wheel.details.summary.text()
    assert len(drawn) == 1


def test_a_mission_without_a_diagnostic_says_what_to_do(
    qtbot, window: MainWindow, db: Database, told
) -> None:
    empty = db.create_mission("SEN", "Senegal scoping", "initiation")
    window.refresh(select_mission=empty.uuid)
    with qtbot.waitSignal(window.wheel.wheel_shown, timeout=30_000):
        window.tabs.setCurrentWidget(window.wheel_page)
    assert "Fill a 360° diagnostic" in window.wheel.message.text()
    assert window.wheel.pages.currentWidget() is window.wheel.message
    assert not window.wheel.export_button.isEnabled()
    assert told == []


def test_a_result_for_a_mission_no_longer_shown_is_dropped(
    qtbot, window: MainWindow, db: Database
) -> None:
    empty = db.create_mission("SEN", "Senegal scoping", "initiation")
    window.refresh()
    window.wheel.timer.stop()  # only the two requests below
    shown: list[object] = []
    window.wheel.wheel_shown.connect(lambda: shown.append(window.wheel.data))
    window.tabs.setCurrentWidget(window.wheel_page)  # starts drawing the demo mission
    with qtbot.waitSignal(window.wheel.wheel_shown, timeout=30_000):
        window.missions.select(empty.uuid)  # the demo's drawing runs first, then this
    workers.wait_for_workers()
    QApplication.processEvents()  # every drawing's outcome is queued by now, and ignored
    assert shown == [None]
    assert "Fill a 360° diagnostic" in window.wheel.message.text()


def test_matplotlib_waits_until_the_tab_is_shown(tmp_path: Path) -> None:
    """In a fresh interpreter: no matplotlib before the tab shows, a chart and files after."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from storage import Database
from storage.demo import build_demo
from ui.shared import workers
from ui.wheel import export as wheel_export
from ui.main_window import MainWindow

app = QApplication([])
folder = Path({str(tmp_path)!r})
with Database(folder / "f.sqlite3") as db:
    mission = build_demo(db)
    window = MainWindow(db)
    window.show()
    window.missions.select(mission.uuid)
    app.processEvents()
    assert "matplotlib" not in sys.modules, "imported before the tab was shown"
    window.tabs.setCurrentWidget(window.wheel_page)
    def wait(done):  # never app.processEvents in a loop: PySide6 6.12 leaks None per call
        loop, tick = QEventLoop(), QTimer()
        tick.start(20)
        while not done():
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    wait(lambda: window.wheel.data is not None)
    assert "matplotlib" in sys.modules
    window.wheel.language.setCurrentIndex(window.wheel.language.findData("Khmer (km)"))
    wait(lambda: window.wheel.data.language == "Khmer (km)")
    for name in ("w.png", "w.svg"):
        wheel_export.choose_path = lambda *_args, name=name: folder / name
        window.wheel.export()
        wait(lambda name=name: (folder / name).exists())
    workers.wait_for_workers()
    app.processEvents()
    window.close()
print("drawn and exported")
"""
    output = run_python(script, tmp_path, timeout=120)
    assert output.strip().splitlines()[-1] == "drawn and exported"
