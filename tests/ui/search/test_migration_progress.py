"""Opening a database from before search in the window shows the indexing's progress."""

from __future__ import annotations

from forms.xlsform.load import load_form_bytes
from storage import Database
from tests.storage.search.conftest import FORM
from tests.storage.search.old_database import database_before_search
from ui.app import MigrationProgress


def test_the_indexing_of_an_old_database_shows_its_progress(qtbot, tmp_path):
    path = tmp_path / "old.sqlite3"
    database_before_search(path, load_form_bytes(FORM.encode(), "searchable.md"), submissions=40)
    progress = MigrationProgress()
    seen = []

    def watched(done: int, total: int, what: str) -> None:
        progress(done, total, what)
        dialog = progress.dialog
        seen.append((dialog.labelText(), dialog.value(), dialog.maximum(), dialog.isVisible()))

    Database(path, progress=watched).close()
    assert seen[0][0].startswith("Reading the form")
    assert seen[-1] == ("Indexing answers for search", 40, 40, True)
    progress.close()
    assert progress.dialog is None
