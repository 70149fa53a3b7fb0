"""Switching the window's language at run time: open windows speak the new one at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from forms.library import load_builtin
from storage import Database
from storage.editing import store_form
from ui.filler.window import FormFillerWindow
from ui.main_window import MainWindow
from ui.shared import language, settings

pytestmark = pytest.mark.usefixtures("told")


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "fieldwheel.sqlite3")
    database.set_author("Sok")
    yield database
    database.close()


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def diagnostic(qtbot, db: Database) -> FormFillerWindow:
    """The built-in 360° diagnostic (five languages) open in its own window."""
    filler = FormFillerWindow(db, _diagnostic_submission(db), by="Sok")
    qtbot.addWidget(filler)
    filler.show()
    return filler


def _diagnostic_submission(db: Database) -> str:
    form = load_builtin("diagnostic")
    store_form(db, form)
    mission = db.create_mission("KHM", "Cambodia 2026", "initiation")
    return db.create_submission(mission.uuid, form.id, form.version, "Sok").uuid


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _tabs(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_the_open_main_window_retranslates_menus_tabs_actions_and_status(window, speak) -> None:
    assert _menus(window) == ["&File", "&Mission", "&Submission", "&View"]
    speak("fr")
    assert _menus(window) == ["&Fichier", "&Mission", "&Soumission", "&Affichage"]
    assert _tabs(window)[1] == "Roue"
    assert window.new_mission_action.text() == "&Nouvelle mission…"
    assert window.database_label.text().startswith("Base de données")
    assert window.empty_state.new_button.text() == "Nouvelle mission…"
    assert window.wheel.export_button.text() == "&Exporter…"
    assert window.missions.model.headerData(0, Qt.Orientation.Horizontal) == "Pays"
    assert window.submissions.model.headerData(0, Qt.Orientation.Horizontal) == "Formulaire"
    speak("es")
    assert _menus(window)[0] == "&Archivo"
    speak("en")
    assert _menus(window)[0] == "&File" and _tabs(window)[1] == "Wheel"


def test_view_language_switches_and_is_remembered(window, speak) -> None:
    window.language_menu.fill()
    names = [action.text() for action in window.language_menu.actions()]
    assert names == ["English", "Français", "Español", "العربية", "ខ្មែរ"]
    window.language_menu.actions()[4].trigger()
    assert language.current_language() == "km"
    assert settings.UI_LANGUAGE.read(settings.open_settings()) == "km"
    assert _tabs(window)[0] == "ការបញ្ជូន"
    window.language_menu.fill()
    assert [a.isChecked() for a in window.language_menu.actions()] == [0, 0, 0, 0, 1]


def test_the_open_form_window_retranslates_and_keeps_its_form_language(diagnostic, speak) -> None:
    actions = diagnostic.filler.actions
    assert actions.complete.text() == "Mark complete"
    speak("fr")
    assert actions.complete.text() == "Marquer comme terminé"
    assert actions.language_label.text() == "Langue :"
    assert diagnostic.windowTitle().endswith("Fieldwheel")
    assert diagnostic.filler.editor.state.language == "English (en)"


def test_a_form_opens_in_the_window_language_and_names_its_languages_in_their_own(
    db, qtbot, speak
) -> None:
    speak("km")
    filler = FormFillerWindow(db, _diagnostic_submission(db), by="Sok")
    qtbot.addWidget(filler)
    assert filler.filler.editor.state.language == "Khmer (km)"
    combo = filler.filler.actions.language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English",
        "Français",
        "Español",
        "العربية",
        "ខ្មែរ",
    ]


def test_arabic_turns_the_whole_window_right_to_left(window, speak) -> None:
    speak("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    bar = window.menuBar()
    first = bar.actionGeometry(bar.actions()[0])
    assert first.left() > bar.width() / 2, "the first menu sits at the right"
    assert QLocale().language() == QLocale.Language.Arabic
    speak("fr")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_and_khmer_draw_with_the_bundled_noto_fonts(window, speak) -> None:
    speak("km")
    assert "Noto Sans Khmer" in QApplication.font().families()
    speak("ar")
    assert QApplication.font().families()[0] == "Noto Sans Arabic"
    speak("fr")
    assert "Noto Sans Arabic" not in QApplication.font().families()
