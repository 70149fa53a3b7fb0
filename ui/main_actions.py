"""The main window's commands, each once, as actions the menus, toolbar and shortcuts share.

Texts are English sources marked with ``QT_TRANSLATE_NOOP`` in the
``MainWindow`` context; ``make_action`` has the window translate them now and
again after each language change (View ▸ Language).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.shared.retranslate import label_action


def build_actions(window: QMainWindow) -> None:
    """Every command of ``window`` (the ``MainWindow``), stored on it as ``<name>_action``.

    Typed as a ``QMainWindow`` so this module does not import the window back.
    """
    _mission_actions(window)
    _submission_actions(window)
    _file_actions(window)


def make_action(
    window: QMainWindow,
    text: str,
    tip: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    """An action whose ``text`` and ``tip`` (untranslated sources) follow the language."""
    action = QAction(window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    window.texts.add(lambda: label_action(action, window.tr(text), window.tr(tip)))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _mission_actions(window: QMainWindow) -> None:
    key = QKeySequence.StandardKey
    window.new_mission_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&New mission…"),
        QT_TRANSLATE_NOOP("MainWindow", "Create a mission"),
        window.new_mission,
        key.New,
    )
    window.edit_mission_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Edit mission…"),
        QT_TRANSLATE_NOOP("MainWindow", "Change the selected mission"),
        window.edit_mission,
    )
    window.delete_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Delete…"),
        QT_TRANSLATE_NOOP("MainWindow", "Delete the selected submission, or the selected mission"),
        window.delete_selected,
        key.Delete,
    )
    window.demo_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Load the &sample missions"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Add fictional missions for four partner countries, with filled-in forms",
        ),
        window.load_demo,
    )
    window.import_odk_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Import &ODK submissions…"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Merge submissions collected with ODK Collect or KoboToolbox into the selected mission",
        ),
        lambda: window.importer.choose_odk_and_import(window.missions.selected_uuid()),
        QKeySequence("Ctrl+Shift+I"),
    )
    window.compare_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Compare missions…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "See several missions' wheels side by side, block by block"
        ),
        window.compare_missions,
        QKeySequence("Ctrl+Shift+C"),
    )


def _submission_actions(window: QMainWindow) -> None:
    key = QKeySequence.StandardKey
    window.new_submission_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "New &submission…"),
        QT_TRANSLATE_NOOP("MainWindow", "Start a submission from a built-in form"),
        window.new_submission,
        QKeySequence("Ctrl+Shift+N"),
    )
    window.from_file_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "New submission from an XLSForm &file…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Start a submission from an XLSForm file (.xlsx, .xls, .csv, .md)"
        ),
        window.new_submission_from_file,
    )
    window.open_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Open submission"),
        QT_TRANSLATE_NOOP("MainWindow", "Open the selected submission to fill it in"),
        lambda: window.open_submission(window.submissions.selected_uuid()),
    )
    window.open_board_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Open as workshop &board"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Capture the selected validation workshop live, with a projector view"
        ),
        lambda: window.open_board(window.submissions.selected_uuid()),
        QKeySequence("Ctrl+B"),
    )
    window.start_workshop_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Start &workshop"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Start a validation workshop on the selected mission and open its board",
        ),
        window.start_workshop,
        QKeySequence("Ctrl+Shift+W"),
    )
    window.refresh_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
        QT_TRANSLATE_NOOP("MainWindow", "Read the lists again"),
        window.refresh,
        key.Refresh,
    )


def _file_actions(window: QMainWindow) -> None:
    window.server_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Open &server database…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Work on your organisation's PostgreSQL database, shared by analysts"
        ),
        window.open_server_database,
        QKeySequence("Ctrl+Shift+O"),
    )
    window.export_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Export…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Write missions as one Excel package to carry to headquarters"
        ),
        window.export_package,
        QKeySequence("Ctrl+E"),
    )
    window.import_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Import…"),
        QT_TRANSLATE_NOOP("MainWindow", "Import and merge Excel packages from the field"),
        window.import_packages,
        QKeySequence("Ctrl+I"),
    )
    window.conflicts_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Resolve &conflicts…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Choose between answers changed both here and in a package"
        ),
        window.show_conflicts,
    )
    window.report_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Report…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Write the selected mission's report or workshop minutes as a PDF"
        ),
        window.make_report,
        QKeySequence("Ctrl+Shift+R"),
    )
    window.author_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "Your &name…"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Change the name your edits in this database are credited to"
        ),
        window.change_author,
    )
    window.quit_action = make_action(
        window,
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        QT_TRANSLATE_NOOP("MainWindow", "Close Fieldwheel"),
        window.close,
        QKeySequence("Ctrl+Q"),
    )
