"""Render Fieldwheel's screens to PNG files: ``python -m ui.screenshots FOLDER``.

Everything happens offscreen on a fresh copy of the sample mission in a
temporary folder (database and settings), so the pictures are the same on
every machine and the user's own data and settings are never touched.  Each
screen is one function in ``SHOTS``; a new screen (the wheel tab, say) is
one more function appended there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from storage import Database, Mission
from storage.demo import demo_uuid
from ui.app import readable_font
from ui.main_window import MainWindow
from ui.shared import language, settings
from ui.shared.lazy_page import LazyPage

if TYPE_CHECKING:
    from ui.filler.window import FormFillerWindow
    from ui.workshop.window import WorkshopWindow

SIZE = (1280, 800)
"""A common projector resolution: what a workshop room sees."""

DRAFT_DIAGNOSTIC, WORKSHOP = 4, 5
"""Positions of the draft interview and the workshop in resources/demo/cambodia.json."""
INFRASTRUCTURE = "access/infrastructure"
TRANSLATED_SHOTS = ("fr", "ar", "km")
"""The window's languages shown in the README: the longest, right to left, and Khmer script."""


@dataclass
class Studio:
    """What every shot gets: the database with the sample mission, and a place to save."""

    database: Database
    mission: Mission
    folder: Path
    scratch: Path

    def save(self, widget: QWidget, name: str, size: tuple[int, int] = SIZE) -> Path:
        widget.resize(*size)
        widget.show()
        settle()
        path = self.folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"Could not write {path}.")
        return path


def settle() -> None:
    """Let layouts, deferred refreshes and the first paint happen."""
    app = QApplication.instance()
    for _ in range(5):
        app.processEvents()


def main_window(studio: Studio) -> Path:
    """The main window with the sample mission selected and its submissions listed."""
    window = MainWindow(studio.database)
    window.missions.select(studio.mission.uuid)
    window.submissions.view.selectRow(0)
    path = studio.save(window, "main_window")
    window.close()
    return path


def wheel_tab(studio: Studio) -> Path:
    """The sample mission's wheel, with the infrastructure block clicked open."""
    window = MainWindow(studio.database)
    window.resize(*SIZE)
    window.show()
    window.missions.select(studio.mission.uuid)
    window.tabs.setCurrentWidget(window.wheel_page)
    wait_until(lambda: window.wheel.data is not None)
    window.wheel.show_block(INFRASTRUCTURE.rsplit("/", 1)[-1])
    path = studio.save(window, "wheel_tab")
    window.close()
    return path


def wait_until(done: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Process events until ``done()`` (background work such as drawing the wheel).

    Through an event loop object, never ``QApplication.processEvents``: in
    PySide6 6.12 each call of that drops a reference to None, and a polling
    loop of a few thousand calls aborts the interpreter.
    """
    loop = QEventLoop()
    tick = QTimer()
    tick.start(50)  # wakes the wait below even when nothing else happens
    deadline = QDeadlineTimer(timeout_ms)
    while not done():
        if deadline.hasExpired():
            raise TimeoutError("The screen did not finish drawing in time.")
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def empty_database(studio: Studio) -> Path:
    """The welcome page a new user sees before any mission exists."""
    with Database(studio.scratch / "empty.sqlite3") as empty:
        window = MainWindow(empty)
        path = studio.save(window, "welcome")
        window.close()
    return path


def _filler(studio: Studio, submission_uuid: str) -> FormFillerWindow:
    from ui.filler.window import FormFillerWindow

    return FormFillerWindow(studio.database, submission_uuid, by="Screenshots")


def _shoot_filler(studio: Studio, window: FormFillerWindow, name: str) -> Path:
    path = studio.save(window, name)
    window.close()
    return path


def diagnostic_midway(studio: Studio) -> Path:
    """The draft diagnostic interview, open at its infrastructure questions."""
    window = _filler(studio, demo_uuid(f"submission/{DRAFT_DIAGNOSTIC}"))
    window.filler.go_to(INFRASTRUCTURE)
    return _shoot_filler(studio, window, "filler_diagnostic")


def workshop_repeat(studio: Studio) -> Path:
    """The validation workshop at its repeated priorities."""
    window = _filler(studio, demo_uuid(f"submission/{WORKSHOP}"))
    window.filler.go_to("priorities")
    return _shoot_filler(studio, window, "filler_workshop_repeat")


def diagnostic_arabic(studio: Studio) -> Path:
    """The diagnostic in Arabic: labels translated, layout right to left."""
    window = _filler(studio, demo_uuid(f"submission/{DRAFT_DIAGNOSTIC}"))
    window.filler.set_language("Arabic (ar)")
    window.filler.go_to(INFRASTRUCTURE)
    return _shoot_filler(studio, window, "filler_diagnostic_arabic")


def constraint_error(studio: Studio) -> Path:
    """A percentage over 100 on a new interview, with the form's own message."""
    submission = studio.database.create_submission(
        studio.mission.uuid, "diagnostic", _form_version(studio, "diagnostic"), "Screenshots"
    )
    window = _filler(studio, submission.uuid)
    window.filler.go_to(INFRASTRUCTURE)
    window.filler.session.commit(f"{INFRASTRUCTURE}/coverage_4g_pct", "140")
    window.filler.reveal(f"{INFRASTRUCTURE}/coverage_4g_pct")
    try:
        return _shoot_filler(studio, window, "filler_constraint_error")
    finally:
        # The interview exists for this picture only: left, it would show in the later ones.
        studio.database.delete_submission(submission.uuid)


def import_report(studio: Studio) -> Path:
    """The report after importing the sample mission's package into a fresh database."""
    from exports.package.write import export_package

    package = studio.scratch / "fieldwheel-KHM.xlsx"
    export_package(studio.database, package, by="Screenshots", charts=False)
    with Database(studio.scratch / "hq.sqlite3") as headquarters:
        window = MainWindow(headquarters)
        window.resize(*SIZE)
        window.show()
        window.importer.import_paths([package])
        wait_until(lambda: window.importer.report_dialog is not None)
        dialog = window.importer.report_dialog
        path = studio.save(dialog, "import_report", (900, 520))
        dialog.close()
        window.close()
    return path


def _board(studio: Studio) -> WorkshopWindow:
    """The sample workshop on the board, its second priority selected."""
    from ui.workshop.window import WorkshopWindow

    board = WorkshopWindow(studio.database, demo_uuid(f"submission/{WORKSHOP}"), by="Screenshots")
    board.view.select_row(1, "outcome")
    return board


def workshop_board(studio: Studio) -> Path:
    """The workshop board: priorities with outcomes and votes, the side panel, attendance."""
    board = _board(studio)
    path = studio.save(board, "workshop_board")
    board.close()
    return path


def workshop_projector(studio: Studio) -> Path:
    """The projector view at 1024×768, the resolution of many workshop rooms."""
    board = _board(studio)
    board.resize(*SIZE)
    board.show()
    board.timer_action.setChecked(True)
    board.toggle_projector()
    path = studio.save(board.projector, "workshop_projector", (1024, 768))
    board.close()
    return path


def search(studio: Studio) -> Path:
    """Ctrl+F over the sample mission: a prefix, matches in bold, best first."""
    window = MainWindow(studio.database)
    window.resize(*SIZE)
    window.show()
    window.show_search()
    dialog = window.search_dialog
    dialog.query.setText("digital*")
    dialog.run()
    path = studio.save(dialog, "search", (1100, 560))
    dialog.close()
    window.close()
    return path


def report_dialog(studio: Studio) -> Path:
    """File ▸ Report…: language, kind, paper and file for the sample mission."""
    from ui.report.dialog import ReportDialog

    folder = Path("/home/sophea/Documents")  # the same picture on every machine
    dialog = ReportDialog(studio.mission, folder, has_workshop=True)
    dialog.language.setCurrentIndex(dialog.language.findData("km"))
    path = studio.save(dialog, "report_dialog", (620, 230))
    dialog.close()
    return path


def server_dialog(studio: Studio) -> Path:
    """File ▸ Open server database…: the fields, the URL they make, the recent ones."""
    from ui.server.dialog import ServerDialog

    dialog = ServerDialog(
        ["postgresql://sophea@hq-server.example.org/fieldwheel", "postgresql:///fieldwheel_2025"]
    )
    dialog.recent.setCurrentIndex(0)
    path = studio.save(dialog, "server_dialog", (620, 330))
    dialog.close()
    return path


def export_dialog(studio: Studio) -> Path:
    """File ▸ Export…: the sample mission as ODK submissions, the package's options greyed."""
    from ui.package.export_options import ExportDialog

    dialog = ExportDialog(studio.mission, 4, languages=["English (en)", "Khmer (km)"])
    dialog.odk.setChecked(True)
    path = studio.save(dialog, "export_dialog", (560, 520))
    dialog.close()
    return path


def _form_version(studio: Studio, form_id: str) -> str:
    return next(r.version for r in studio.database.form_records() if r.form_id == form_id)


def _engagement_tab(studio: Studio, name: str, pick: Callable[[MainWindow], LazyPage]) -> Path:
    window = MainWindow(studio.database)
    window.resize(*SIZE)
    window.show()
    window.missions.select(studio.mission.uuid)
    page = pick(window)
    window.tabs.setCurrentWidget(page)
    tab = page.content()
    wait_until(lambda: tab.drawn is not None)
    path = studio.save(window, name)
    window.close()
    return path


def pledges_tab(studio: Studio) -> Path:
    """The sample mission's pledge map: scores beside pledges, gaps outlined."""
    return _engagement_tab(studio, "pledges_tab", lambda window: window.pledges_page)


def kpis_tab(studio: Studio) -> Path:
    """The sample mission's KPIs over its two monitoring rounds."""
    return _engagement_tab(studio, "kpis_tab", lambda window: window.kpis_page)


def compare_dialog(studio: Studio) -> Path:
    """Madagascar, the Dominican Republic and Mauritania compared block by block."""
    window = MainWindow(studio.database)
    window.missions.select(None)
    dialog = window.compare_missions()
    others = [m.uuid for m in studio.database.missions() if m.uuid != studio.mission.uuid]
    dialog.set_missions(studio.database.missions(), set(others))
    wait_until(lambda: dialog.drawn is not None)
    path = studio.save(dialog, "compare_missions")
    dialog.close()
    window.close()
    return path


def in_languages(studio: Studio) -> list[Path]:
    """The main window, the diagnostic form and the wheel in French, Arabic and Khmer.

    The window is switched as View ▸ Language does; the form and the wheel's
    labels open in the window's language because the built-in forms have it.
    """
    paths = []
    for code in TRANSLATED_SHOTS:
        language.apply_language(code)
        window = MainWindow(studio.database)
        window.missions.select(studio.mission.uuid)
        window.submissions.view.selectRow(0)
        paths.append(studio.save(window, f"main_window_{code}"))
        window.tabs.setCurrentWidget(window.wheel_page)
        wait_until(lambda window=window: window.wheel.data is not None)
        wait_until(lambda w=window, c=code: w.wheel.data.language.endswith(f"({c})"))
        window.wheel.show_block(INFRASTRUCTURE.rsplit("/", 1)[-1])
        paths.append(studio.save(window, f"wheel_tab_{code}"))
        window.close()
        filler = _filler(studio, demo_uuid(f"submission/{DRAFT_DIAGNOSTIC}"))
        filler.filler.go_to(INFRASTRUCTURE)
        paths.append(_shoot_filler(studio, filler, f"filler_diagnostic_{code}"))
    language.apply_language(language.SOURCE_LANGUAGE)
    return paths


SHOTS: list[Callable[[Studio], Path]] = [
    main_window,
    wheel_tab,
    empty_database,
    diagnostic_midway,
    workshop_repeat,
    diagnostic_arabic,
    constraint_error,
    import_report,
    workshop_board,
    workshop_projector,
    report_dialog,
    pledges_tab,
    kpis_tab,
    compare_dialog,
    search,
    server_dialog,
    export_dialog,
]


def render(folder: Path) -> list[Path]:
    """Render every shot into ``folder``; returns the files written."""
    from storage.demo import build_demo

    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="fieldwheel-shots-") as scratch:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        app.setOrganizationName(settings.ORGANISATION)
        app.setApplicationName(settings.APPLICATION)
        readable_font(app)
        language.apply_language(language.SOURCE_LANGUAGE)
        with Database(
            Path(scratch) / "shots" / "fieldwheel.sqlite3", create_folder=True
        ) as database:
            mission = build_demo(database)
            database.set_author("Sophea Chan")  # the person at this database, in the status bar
            studio = Studio(database, mission, folder.resolve(), Path(scratch))
            return [shot(studio) for shot in SHOTS] + in_languages(studio)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the PNG files")
    for path in render(parser.parse_args().folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
