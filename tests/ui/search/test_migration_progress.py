"""Opening a database from before search in the window shows the indexing's progress."""

from __future__ import annotations

from storage import Database
from tests.storage.search.conftest import form  # noqa: F401 - the fixture
from tests.storage.search.test_migration import _database_before_search
from ui.app import MigrationProgress


def test_the_indexing_of_an_old_database_shows_its_progress(qtbot, tmp_path, form):  # noqa: F811
    path = tmp_path / "old.sqlite3"
    _database_before_search(path, form, submissions=40)
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
