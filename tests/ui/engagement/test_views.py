"""The Pledges and KPIs tabs and Compare missions: off the UI thread, current, exportable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from storage import Database
from storage.demo import build_demo, demo_key, demo_uuid
from ui.engagement import export as chart_export
from ui.engagement.tab import EngagementTab
from ui.main_window import MainWindow
from ui.shared.lazy_page import LazyPage

pytestmark = pytest.mark.usefixtures("told")  # error dialogs are recorded, not shown

CAMBODIA = demo_uuid("mission")
MADAGASCAR = demo_uuid(demo_key("madagascar", "mission"))
PLEDGE_REGISTER = demo_uuid("submission/6")
"""Cambodia's pledge register in resources/demo/cambodia.json."""


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
    main.missions.select(CAMBODIA)
    return main


def show(qtbot, window: MainWindow, page: LazyPage[EngagementTab]) -> EngagementTab:
    """Bring the tab of ``page`` to the front (its first show builds it) and wait for it."""
    tab = page.content()
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        window.tabs.setCurrentWidget(page)
    return tab


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_pledges_tab_maps_pledges_and_names_the_gaps(qtbot, window: MainWindow, told) -> None:
    tab = show(qtbot, window, window.pledges_page)
    assert tab.drawn is not None and tab.figure_view.canvas is not None
    blocks, priorities = tab.models
    assert blocks.rowCount() == 12
    skills = _column(blocks, 0).index("Digital skills")
    assert blocks.index(skills, 3).data() == "CHF 2,500,000; EUR 350,000"
    policy = _column(blocks, 0).index("Policy and regulation")
    assert "weak, no pledge" in blocks.index(policy, 6).data()
    assert blocks.index(policy, 0).data(Qt.ItemDataRole.FontRole).bold()
    pledged_by = _column(priorities, 3)
    assert pledged_by.count("GAP: no pledge") == 2
    assert "2 validated priorities without a pledge" in tab.status.text()
    assert told == []


def test_kpis_tab_shows_both_rounds(qtbot, window: MainWindow) -> None:
    tab = show(qtbot, window, window.kpis_page)
    (table,) = tab.models
    header = [table.headerData(i, Qt.Orientation.Horizontal) for i in range(table.columnCount())]
    assert header[3:5] == ["2025 annual review", "2026 annual review"]
    coverage = _column(table, 0).index("4G population coverage")
    assert table.index(coverage, 3).data() == "88 % · 38% · On track"
    ratio = _column(table, 0).index("Ratio of women to men using the Internet")
    assert table.index(ratio, 3).data() == "no value"
    assert tab.status.text() == "9 KPIs · 2 monitoring rounds"


def test_a_mission_without_a_register_says_what_to_fill(qtbot, window: MainWindow, told) -> None:
    window.missions.select(MADAGASCAR)
    tab = show(qtbot, window, window.pledges_page)
    assert "Fill a P2C pledge register" in tab.message.text()
    assert not tab.export_button.isEnabled()
    assert told == []


def test_a_save_recomputes_after_a_pause(qtbot, window: MainWindow, db: Database) -> None:
    tab = show(qtbot, window, window.pledges_page)
    before = tab.drawn
    db.save_answer(PLEDGE_REGISTER, "pledges[9]/pledge_status", "pledged", "Tester")
    window.fillers.answers_saved.emit(PLEDGE_REGISTER)  # as a filler does after each save
    assert tab.timer.isActive() and tab.drawn is before
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        pass
    assert tab.drawn.result.block("devices_usage").pledges == 1


def test_the_language_relabels_chart_and_tables(qtbot, window: MainWindow) -> None:
    tab = show(qtbot, window, window.pledges_page)
    with qtbot.waitSignal(tab.shown, timeout=60_000):
        tab.language.setCurrentIndex(tab.language.findData("French (fr)"))
    assert "Compétences numériques" in _column(tab.models[0], 0)


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_the_chosen_format(qtbot, window, tmp_path, monkeypatch, suffix) -> None:
    tab = show(qtbot, window, window.kpis_page)
    target = tmp_path / f"kpis{suffix}"
    monkeypatch.setattr(chart_export, "choose_path", lambda _parent, _suggestion: target)
    with qtbot.waitSignal(tab.export().succeeded, timeout=60_000):
        pass
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]
    assert tab.status.text() == f"Saved kpis{suffix}."


def test_compare_missions_side_by_side(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    dialog = window.compare_missions()
    qtbot.addWidget(dialog)
    assert dialog.checked() == [CAMBODIA]
    assert "Tick two or more missions" in dialog.message.text()
    row = next(
        r for r in range(dialog.missions.rowCount())
        if dialog.missions.item(r).text().startswith("Madagascar")
    )  # fmt: skip
    with qtbot.waitSignal(dialog.shown, timeout=60_000):
        dialog.missions.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.drawn is not None
    assert dialog.table.columnCount() == 3 and dialog.table.rowCount() == 13
    assert dialog.table.index(12, 0).data() == "Overall"
    target = tmp_path / "compared.svg"
    monkeypatch.setattr(chart_export, "choose_path", lambda _parent, _suggestion: target)
    with qtbot.waitSignal(dialog.export().succeeded, timeout=60_000):
        pass
    assert target.exists()


def test_one_mission_compares_its_rounds(qtbot, window: MainWindow) -> None:
    dialog = window.compare_missions()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown, timeout=60_000):
        dialog.rounds.setChecked(True)
    header = [dialog.table.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert header[1:] == ["Cambodia (baseline)", "Cambodia (current)"]
