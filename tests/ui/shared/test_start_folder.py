"""File dialogs open where the user last was for that kind of file, or in their documents."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from storage import Database
from ui.shared import prompts, settings
from ui.submissions.starter import SubmissionStarter


def test_documents_first_then_the_last_folder_used(tmp_path) -> None:
    store = settings.open_settings()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert settings.start_folder(settings.LAST_FORM_FOLDER, store) == documents
    settings.LAST_FORM_FOLDER.write(store, str(tmp_path))
    assert settings.start_folder(settings.LAST_FORM_FOLDER, store) == str(tmp_path)
    settings.LAST_FORM_FOLDER.write(store, str(tmp_path / "gone"))
    assert settings.start_folder(settings.LAST_FORM_FOLDER, store) == documents
    assert settings.start_folder(settings.LAST_CHART_FOLDER, store) == documents


def test_the_form_dialog_opens_in_documents_on_first_use(qtbot, tmp_path, monkeypatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(prompts, "open_form_file", lambda _parent, folder: seen.append(folder))
    window = QWidget()
    qtbot.addWidget(window)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    with Database(tmp_path / "db.sqlite3") as db:
        db.set_author("Sok")
        SubmissionStarter(db, window).from_file("no-mission")
    assert seen == [documents]
