"""Form titles in lists and dialogs are in the window's language when the form has one."""

from __future__ import annotations

import pytest

from forms.library import builtin_forms
from ui.main_window import MainWindow
from ui.submissions.model import FORM
from ui.submissions.new_dialog import NewSubmissionDialog

pytestmark = pytest.mark.usefixtures("told")


def _form_titles(window: MainWindow) -> set[str]:
    model = window.submissions.model
    return {model.index(row, FORM).data() for row in range(model.rowCount())}


def test_the_submissions_list_names_forms_in_the_windows_language(qtbot, demo_db, speak) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    diagnostic = next(m for m in demo_db.missions() if m.country == "KHM")
    window.missions.select(diagnostic.uuid)
    assert "360° digital transformation diagnostic" in _form_titles(window)
    speak("fr")
    assert "Diagnostic de transformation numérique 360°" in _form_titles(window)
    speak("ar")
    assert "تشخيص التحول الرقمي 360°" in _form_titles(window)
    speak("en")
    assert "360° digital transformation diagnostic" in _form_titles(window)
    window.close()


def test_the_new_submission_dialog_lists_titles_in_the_windows_language(qtbot, speak) -> None:
    speak("es")
    dialog = NewSubmissionDialog(builtin_forms(), "Dara", "Camboya", None)
    qtbot.addWidget(dialog)
    model = dialog.form_list.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert titles[0] == "Diagnóstico de transformación digital 360°"
    assert "Registro de compromisos P2C" in titles
