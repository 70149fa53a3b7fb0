"""The main window: the missions above, the chosen mission's submissions and wheel below.

It only composes panels and wires actions to them; each panel, dialog and
flow lives in its own module.  An empty database shows a welcome page
instead of two empty tables.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from forms.errors import UserError
from storage import Database
from ui.conflicts.hint import ConflictsHint
from ui.filler.open_windows import FillerWindows
from ui.main_actions import build_actions, make_action
from ui.missions.panel import MissionPanel
from ui.search.folding import fold_now_and_then
from ui.shared import errors, prompts, settings
from ui.shared.author import change_author as ask_for_author
from ui.shared.author import ensure_author
from ui.shared.language_menu import LanguageMenu
from ui.shared.lazy_page import LazyPage
from ui.shared.placement import place
from ui.shared.retranslate import FollowsLanguage, Texts
from ui.shared.workers import Operation
from ui.submissions.panel import SubmissionPanel
from ui.workshop.boards import WorkshopBoards

if TYPE_CHECKING:
    from ui.conflicts.dialog import ConflictsDialog
    from ui.engagement.compare import CompareDialog
    from ui.engagement.views import KpisTab, PledgesTab
    from ui.missions.dialog import MissionDialog
    from ui.missions.welcome import EmptyState
    from ui.package.importing import PackageImporter
    from ui.search.dialog import SearchDialog
    from ui.submissions.starter import SubmissionStarter
    from ui.wheel.tab import WheelTab

_WELCOME, _MISSIONS = range(2)
MissionTab = TypeVar("MissionTab", bound="WheelTab | PledgesTab | KpisTab")


def _wheel_tab(database: Database) -> WheelTab:
    from ui.wheel.tab import WheelTab

    return WheelTab(database)


def _pledges_tab(database: Database) -> PledgesTab:
    from ui.engagement.views import PledgesTab

    return PledgesTab(database)


def _kpis_tab(database: Database) -> KpisTab:
    from ui.engagement.views import KpisTab

    return KpisTab(database)


class MainWindow(FollowsLanguage, QMainWindow):
    """Fieldwheel's window over one open database."""

    database_requested = Signal(str)
    """File ▸ Open server database…: the application reopens the window on this location."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._settings = settings.open_settings()
        self.setObjectName("main_window")

        # A database with missions never shows the welcome page: built if it ever is.
        self.welcome_page = LazyPage(self._welcome)
        self.missions = MissionPanel(database)
        self.submissions = SubmissionPanel(database)
        # Built on first show: their modules cost start-up time for nobody who does not look.
        self.wheel_page = LazyPage(lambda: self._mission_tab(_wheel_tab))
        self.pledges_page = LazyPage(lambda: self._mission_tab(_pledges_tab))
        self.kpis_page = LazyPage(lambda: self._mission_tab(_kpis_tab))
        self.texts = Texts(self, follow_language=False)
        self.tabs = self._build_tabs()
        # Stacked, not side by side: both tables get the full width for long titles.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.missions)
        self.splitter.addWidget(self.tabs)
        # Missions are a few rows; the wheel below needs the height to be legible.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome_page)
        self.pages.addWidget(self.splitter)
        self.pages.setContentsMargins(8, 4, 8, 4)
        self.setCentralWidget(self.pages)

        self.fillers = FillerWindows(database, self)
        self.boards = WorkshopBoards(database, self, self.fillers.is_open)
        self.conflicts_dialog: ConflictsDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.search_dialog: SearchDialog | None = None
        self.search_folding = fold_now_and_then(self, database)
        self._build_actions()
        self._build_status_bar()

        self.missions.mission_selected.connect(self._show_mission)
        self.missions.edit_requested.connect(lambda _uuid: self.edit_mission())
        self.submissions.open_requested.connect(self.open_submission)
        self.submissions.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.fillers.answers_saved.connect(lambda _uuid: self.refresh())
        self.fillers.closed.connect(lambda _uuid: self.refresh())
        # A board and a form of the same submission show each other's edits at once.
        self.fillers.answers_saved.connect(lambda _uuid: self.boards.check_for_outside_changes())
        self.boards.answers_saved.connect(lambda _uuid: self.fillers.check_for_outside_changes())
        self.boards.answers_saved.connect(lambda _uuid: self.refresh())
        self.boards.closed.connect(lambda _uuid: self.refresh())

        place(self, settings.WINDOW_GEOMETRY.read(self._settings), QSize(1200, 760))
        self.restoreState(settings.WINDOW_STATE.read(self._settings))
        self.splitter.restoreState(settings.SPLITTER.read(self._settings))
        self._show_page()
        self.missions.select(None)

    # Building -------------------------------------------------------------

    def _build_tabs(self) -> QTabWidget:
        """A mission's views, one tab each, below the missions; names follow the language."""
        tabs = QTabWidget()
        tabs.setObjectName("mission_tabs")
        for tab in (self.submissions, self.wheel_page, self.pledges_page, self.kpis_page):
            tabs.addTab(tab, "")
        self.texts.add(lambda: self._name_tabs(tabs))
        return tabs

    def _welcome(self) -> EmptyState:
        from ui.missions.welcome import EmptyState

        welcome = EmptyState()
        welcome.demo_requested.connect(self.load_demo)
        welcome.new_mission_requested.connect(self.new_mission)
        return welcome

    @property
    def empty_state(self) -> EmptyState:
        """The welcome page of an empty database, built now if it was never shown."""
        return self.welcome_page.content()

    def _mission_tab(self, make: Callable[[Database], MissionTab]) -> MissionTab:
        tab = make(self.database)
        tab.show_mission(self.missions.selected_uuid())
        return tab

    @property
    def wheel(self) -> WheelTab:
        """The Wheel tab, built now if it was never shown."""
        return self.wheel_page.content()

    @property
    def pledges(self) -> PledgesTab:
        """The Pledges tab, built now if it was never shown."""
        return self.pledges_page.content()

    @property
    def kpis(self) -> KpisTab:
        """The KPIs tab, built now if it was never shown."""
        return self.kpis_page.content()

    def _name_tabs(self, tabs: QTabWidget) -> None:
        names = (self.tr("Submissions"), self.tr("Wheel"), self.tr("Pledges"), self.tr("KPIs"))
        for index, name in enumerate(names):
            tabs.setTabText(index, name)

    def _build_actions(self) -> None:
        """Every command once, as an action the menus, toolbar and shortcuts share."""
        build_actions(self)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self._menu(lambda: self.tr("&File"))
        file_menu.addAction(self.server_action)
        file_menu.addSeparator()
        for action in (self.export_action, self.import_action, self.conflicts_action):
            file_menu.addAction(action)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(self.author_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        mission_menu = self._menu(lambda: self.tr("&Mission"))
        for action in (self.new_mission_action, self.edit_mission_action, self.delete_action):
            mission_menu.addAction(action)
        mission_menu.addSeparator()
        mission_menu.addAction(self.import_odk_action)
        mission_menu.addAction(self.compare_action)
        mission_menu.addAction(self.demo_action)
        submission_menu = self._menu(lambda: self.tr("&Submission"))
        for action in (
            self.new_submission_action,
            self.from_file_action,
            self.open_action,
            self.open_board_action,
            self.start_workshop_action,
        ):
            submission_menu.addAction(action)
        view_menu = self._menu(lambda: self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        self.search_action = make_action(
            self,
            QT_TRANSLATE_NOOP("MainWindow", "&Search…"),
            QT_TRANSLATE_NOOP("MainWindow", "Find answers, evidence, chosen answers and missions"),
            self.show_search,
            QKeySequence.StandardKey.Find,
        )
        view_menu.addAction(self.search_action)
        self.language_menu = LanguageMenu(self._settings, view_menu)
        self.texts.bind(self.language_menu.setTitle, lambda: self.tr("&Language"))
        view_menu.addMenu(self.language_menu)
        toolbar = self.addToolBar("")
        self.texts.bind(toolbar.setWindowTitle, lambda: self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for action in (
            self.new_mission_action,
            self.edit_mission_action,
            self.new_submission_action,
            self.open_action,
        ):
            toolbar.addAction(action)

    def _menu(self, title: Callable[[], str]) -> QMenu:
        menu = self.menuBar().addMenu("")
        self.texts.bind(menu.setTitle, title)
        return menu

    def _build_status_bar(self) -> None:
        self.database_label = QLabel()
        self.texts.bind(
            self.database_label.setText,
            lambda: self.tr("Database: {path} — every change is saved as you make it.").format(
                path=self.database.path
            ),
        )
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.database_label, 1)
        self.author_button = QPushButton()
        self.author_button.setObjectName("author_button")
        self.author_button.setFlat(True)
        self.author_button.clicked.connect(self.change_author)
        self.statusBar().addPermanentWidget(self.author_button)
        self.texts.add(self.show_author)
        self.conflicts_hint = ConflictsHint(self.database)
        self.conflicts_hint.clicked.connect(self.show_conflicts)
        self.statusBar().addPermanentWidget(self.conflicts_hint)

    def show_author(self) -> None:
        """Whose edits these are, in the status bar and the title, so nobody edits as another."""
        name = self.database.author()
        self.author_button.setToolTip(self.author_action.toolTip())
        self.author_button.setText(
            self.tr("Editing as {name}").format(name=name) if name else self.tr("Who is editing?")
        )
        title = self.tr("Fieldwheel — {database}").format(database=self.database.path.name)
        self.setWindowTitle(
            self.tr("{title} — {name}").format(title=title, name=name) if name else title
        )

    def open_server_database(self) -> None:
        """Asks where the server database is; ``database_requested`` says where to reopen."""
        from ui.server.dialog import ask_server_url

        url = ask_server_url(self, self._settings)
        if url is not None:
            self.database_requested.emit(url)

    def change_author(self) -> None:
        ask_for_author(self.database, self)
        self.show_author()

    @cached_property
    def starter(self) -> SubmissionStarter:
        """The new-submission flows, built on first use (they import the form model)."""
        from ui.submissions.starter import SubmissionStarter

        starter = SubmissionStarter(self.database, self)
        starter.started.connect(self._submission_started)
        return starter

    # Missions -------------------------------------------------------------

    def new_mission(self) -> None:
        from ui.missions.dialog import MissionDialog

        dialog = MissionDialog(self.database, parent=self)
        if self._run_dialog(dialog) and dialog.saved:
            self.refresh(select_mission=dialog.saved.uuid)
            self.statusBar().showMessage(self.tr("Mission created."), 5000)

    def edit_mission(self) -> None:
        from ui.missions.dialog import MissionDialog

        mission = self.missions.selected_mission()
        if mission is None:
            return
        dialog = MissionDialog(self.database, mission, parent=self)
        if self._run_dialog(dialog):
            self.refresh()
            self.statusBar().showMessage(self.tr("Mission saved."), 5000)

    def delete_selected(self) -> None:
        """Delete the selected submission if its list has focus, else the selected mission."""
        submission_uuid = self.submissions.selected_uuid()
        if submission_uuid and self.submissions.view.hasFocus():
            self._delete_submission(submission_uuid)
            return
        mission = self.missions.selected_mission()
        if mission is None:
            return
        question = self.tr(
            "Delete the mission “{title}” and its %Ln submission(s)? "
            "It disappears from this computer's lists.",
            None,
            mission.submission_count,
        ).format(title=mission.title)
        if prompts.confirm(self, question, self.tr("Delete mission")):
            self._guarded(lambda: self.database.delete_mission(mission.uuid))
            self.refresh()
            self.statusBar().showMessage(self.tr("Mission deleted."), 5000)

    def _delete_submission(self, uuid: str) -> None:
        submission = self.database.submission(uuid)
        title = self.submissions.model.form_title(submission)
        question = self.tr("Delete the submission “{form}” by {author}?").format(
            form=title, author=submission.author
        )
        if prompts.confirm(self, question, self.tr("Delete submission")):
            self._guarded(lambda: self.database.delete_submission(uuid))
            self.refresh()
            self.statusBar().showMessage(self.tr("Submission deleted."), 5000)

    def load_demo(self) -> Operation:
        """Build the sample missions in the background, with its own connection."""
        from storage.demo import build_demo

        operation = Operation(
            self,
            lambda task: build_demo(task.database(), task.progress).uuid,
            database_path=self.database.path,
        )
        operation.with_progress(self.tr("Building the sample missions…"))
        operation.succeeded.connect(lambda uuid: self.refresh(select_mission=uuid))
        operation.run_in_background()
        return operation

    # Packages -------------------------------------------------------------

    def export_package(self) -> Operation | None:
        from ui.package.exporting import export_with_dialog

        return export_with_dialog(self, self.database, self.missions.selected_mission())

    def make_report(self) -> Operation | None:
        from ui.report.making import report_with_dialog

        return report_with_dialog(self, self.database, self.missions.selected_mission())

    def import_packages(self) -> Operation | None:
        return self.importer.choose_and_import()

    @cached_property
    def importer(self) -> PackageImporter:
        """The import flow and its report, built on first use."""
        from ui.package.importing import PackageImporter

        importer = PackageImporter(self.database.path, self)
        importer.imported.connect(self._packages_imported)
        importer.conflicts_requested.connect(self.show_conflicts)
        return importer

    def _answers_changed_elsewhere(self) -> None:
        """An import or a resolution wrote answers: open forms and the lists show them."""
        self.fillers.check_for_outside_changes()
        self.boards.check_for_outside_changes()
        self.refresh()

    def show_conflicts(self) -> None:
        from ui.conflicts.dialog import ConflictsDialog

        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.database, self)
            self.conflicts_dialog.resolved.connect(lambda _id: self._answers_changed_elsewhere())
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()

    def compare_missions(self) -> CompareDialog:
        """Open Compare missions with the selected mission ticked (the dialog stays open)."""
        from ui.engagement.compare import CompareDialog

        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.database, self)
        selected = self.missions.selected_uuid()
        self.compare_dialog.set_missions(
            self.database.missions(), {selected} if selected else set()
        )
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def show_search(self) -> None:
        """Ctrl+F: the search window (built on first use, then kept with its last query)."""
        from ui.search.dialog import SearchDialog

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.database, self)
            self.search_dialog.answer_requested.connect(self.open_answer)
            self.search_dialog.mission_requested.connect(self._show_found_mission)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()

    def _show_found_mission(self, uuid: str) -> None:
        self.refresh(select_mission=uuid)
        self.raise_()
        self.activateWindow()

    def _packages_imported(self) -> None:
        self._answers_changed_elsewhere()
        if self.conflicts_dialog is not None and self.conflicts_dialog.isVisible():
            self.conflicts_dialog.reload()

    # Submissions ----------------------------------------------------------

    def new_submission(self) -> None:
        mission_uuid = self.missions.selected_uuid()
        if mission_uuid:
            self.starter.choose(mission_uuid)

    def new_submission_from_file(self) -> None:
        mission_uuid = self.missions.selected_uuid()
        if mission_uuid:
            self.starter.from_file(mission_uuid)

    def open_submission(self, uuid: str | None) -> None:
        if uuid:
            by = ensure_author(self.database, self)
            self.show_author()
            if by is not None:
                self.fillers.open(uuid, by=by)

    def open_board(self, uuid: str | None) -> None:
        if uuid:
            by = ensure_author(self.database, self)
            self.show_author()
            if by is not None:
                self.boards.open(uuid, by=by)

    def start_workshop(self) -> None:
        mission_uuid = self.missions.selected_uuid()
        if mission_uuid:
            by = ensure_author(self.database, self)
            self.show_author()
            if by is not None and self.boards.start(mission_uuid, by=by) is not None:
                self.refresh()

    def open_answer(self, uuid: str, path: str) -> None:
        """Open submission ``uuid`` in its filler at the question of ``path`` (a search hit)."""
        by = ensure_author(self.database, self)
        self.show_author()
        if by is None:
            return
        filler = self.fillers.open(uuid, by=by)
        if filler is not None:
            filler.filler.reveal(path)

    def _submission_started(self, uuid: str) -> None:
        self.refresh()
        self.submissions.select(uuid)
        self.open_submission(uuid)

    # Keeping the view current ---------------------------------------------

    def refresh(self, select_mission: str | None = None) -> None:
        """Re-read missions and submissions from the database (F5)."""
        self.missions.refresh()
        if select_mission:
            self.missions.select(select_mission)
        self.submissions.refresh()
        for view in (*self._built_tabs(), self.compare_dialog):
            if view is not None:
                view.schedule_update()
        self.conflicts_hint.refresh()
        self._show_page()
        self._update_actions()

    def _show_mission(self, uuid: str | None) -> None:
        mission = self.missions.selected_mission() if uuid else None
        self.submissions.show_mission(mission)
        for tab in self._built_tabs():
            tab.show_mission(uuid)
        self._update_actions()

    def _built_tabs(self) -> list[WheelTab | PledgesTab | KpisTab]:
        """The mission tabs built so far; the others read the mission when first shown."""
        pages = (self.wheel_page, self.pledges_page, self.kpis_page)
        return [page.built for page in pages if page.built is not None]

    def _show_page(self) -> None:
        has_missions = self.missions.model.rowCount() > 0
        self.pages.setCurrentIndex(_MISSIONS if has_missions else _WELCOME)

    def _update_actions(self) -> None:
        has_mission = self.missions.selected_uuid() is not None
        for action in (
            self.edit_mission_action,
            self.delete_action,
            self.new_submission_action,
            self.from_file_action,
            self.start_workshop_action,
            self.report_action,
            self.import_odk_action,
        ):
            action.setEnabled(has_mission)
        self.open_action.setEnabled(self.submissions.selected_uuid() is not None)
        self.open_board_action.setEnabled(self.submissions.selected_uuid() is not None)
        self.export_action.setEnabled(self.missions.model.rowCount() > 0)
        self.compare_action.setEnabled(self.missions.model.rowCount() > 0)

    def _guarded(self, write: Callable[[], object]) -> None:
        try:
            write()
        except UserError as error:
            errors.show_user_error(self, error)

    def _run_dialog(self, dialog: MissionDialog) -> bool:
        """Show a dialog modally; tests replace this to fill it in."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # Language -------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text again in the new language; the lists re-read their headers and words."""
        self.texts.refresh()
        self.refresh()

    # Closing --------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not (self.fillers.close_all() and self.boards.close_all()):
            event.ignore()
            return
        settings.WINDOW_GEOMETRY.write(self._settings, self.saveGeometry())
        settings.WINDOW_STATE.write(self._settings, self.saveState())
        settings.SPLITTER.write(self._settings, self.splitter.saveState())
        super().closeEvent(event)
