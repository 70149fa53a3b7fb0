"""No button's text is clipped, in any of the four translated languages, in any window or dialog.

French is the longest of the five, Khmer and Arabic the tallest; each
window and dialog a person opens is shown at the size it opens with and
every visible button (push, tool, check and radio) must be as wide as its
text needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from exports.workshop.agenda import DraftPriority
from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.library import builtin_forms
from storage import Database
from storage.demo import demo_uuid
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("told")

LANGUAGES = ["fr", "es", "ar", "km"]
_BUTTONS = (QPushButton, QToolButton, QCheckBox, QRadioButton)
WORKSHOP = 5
"""The sample missions' validation workshop (as ``ui.screenshots`` finds it)."""


def _clipped(top: QWidget) -> list[str]:
    """Buttons shown narrower than their text (and icon) needs, by their text."""
    found = []
    for button in top.findChildren(QAbstractButton):
        if not isinstance(button, _BUTTONS) or not button.isVisible() or not button.text():
            continue
        if button.width() < button.sizeHint().width():
            found.append(f"{button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    return found


def _wait(qtbot, done: Callable[[], bool]) -> None:
    qtbot.waitUntil(done, timeout=60_000)


@pytest.fixture
def window(qtbot, demo_db: Database) -> Iterator[MainWindow]:
    main = MainWindow(demo_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_button_of_the_main_window_or_its_tabs_is_clipped(qtbot, demo_db, speak, code) -> None:
    speak(code)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _clipped(window) == []
    window.missions.select(demo_db.missions()[0].uuid)
    for page in (window.wheel_page, window.pledges_page, window.kpis_page):
        window.tabs.setCurrentWidget(page)
        tab = page.content()
        _wait(qtbot, lambda tab=tab: tab.pages.currentIndex() != 0 or not tab.message.text())
        assert _clipped(window) == [], tab
    window.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_button_of_the_welcome_page_or_a_form_is_clipped(
    qtbot, empty_db, demo_db, speak, code
) -> None:
    speak(code)
    welcome = _shown(qtbot, MainWindow(empty_db))
    assert _clipped(welcome) == []
    window = _shown(qtbot, MainWindow(demo_db))
    uuid = demo_db.query("SELECT uuid FROM submissions LIMIT 1")[0]["uuid"]
    filler = window.fillers.open(uuid, by="Dara")
    qtbot.waitExposed(filler)
    assert _clipped(filler) == []
    filler.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_button_of_the_workshop_board_or_projector_is_clipped(qtbot, demo_db, speak, code):
    from ui.workshop.agenda_dialog import AgendaDialog
    from ui.workshop.window import WorkshopWindow

    speak(code)
    board = WorkshopWindow(demo_db, demo_uuid(f"submission/{WORKSHOP}"), by="Dara")
    _shown(qtbot, board)
    assert _clipped(board) == []
    board.toggle_projector()
    qtbot.waitExposed(board.projector)
    assert _clipped(board.projector) == []
    drafts = [DraftPriority("infrastructure", "Broadband in every district", "Scored 1.8", 1.8)]
    assert _clipped(_shown(qtbot, AgendaDialog(drafts, board))) == []
    board.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_button_of_the_main_windows_dialogs_is_clipped(
    qtbot, demo_db, speak, code, tmp_path
) -> None:
    from ui.conflicts.dialog import ConflictsDialog
    from ui.missions.dialog import MissionDialog
    from ui.package.export_options import ExportDialog
    from ui.report.dialog import ReportDialog
    from ui.submissions.new_dialog import NewSubmissionDialog

    speak(code)
    window = _shown(qtbot, MainWindow(demo_db))
    mission = demo_db.missions()[0]
    dialogs: list[QDialog] = [
        MissionDialog(demo_db, parent=window),
        MissionDialog(demo_db, mission, parent=window),
        NewSubmissionDialog(builtin_forms(), "Dara", mission.title, window),
        ExportDialog(mission, 4, window, ["English (en)", "Français (fr)"]),
        ReportDialog(mission, tmp_path, has_workshop=True, parent=window),
        ConflictsDialog(demo_db, window),
    ]
    for dialog in dialogs:
        assert _clipped(_shown(qtbot, dialog)) == [], type(dialog).__name__
        dialog.close()
    window.show_search()
    window.search_dialog.query.setText("digital*")
    window.search_dialog.run()
    assert _clipped(window.search_dialog) == []
    window.search_dialog.close()
    compare = window.compare_missions()
    qtbot.waitExposed(compare)
    assert _clipped(compare) == []
    compare.close()
    window.close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_button_of_the_import_report_is_clipped(qtbot, speak, code) -> None:
    from ui.package.files import FileOutcome, PackageFile
    from ui.package.import_report import ImportReportDialog

    speak(code)
    refusal = UserError(
        "package-password-needed",
        QT_TRANSLATE_NOOP(
            "UserError", "{name} is protected by a password; give it with --password-file."
        ),
        name="fieldwheel-KHM.xlsx",
    )
    outcomes = [FileOutcome(PackageFile(Path("fieldwheel-KHM.xlsx")), error=refusal)]
    dialog = _shown(qtbot, ImportReportDialog(outcomes))
    assert _clipped(dialog) == []
    dialog.close()
