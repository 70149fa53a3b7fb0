"""Migration 6: create the search index and fill it from what is already stored.

Run by ``storage.migrations`` inside the migration's transaction; sqlite-utils
is imported here, so only a database that needs the migration pays for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from forms.errors import QT_TRANSLATE_NOOP, StorageError
from storage.search.catalog import catalogue_stored_forms
from storage.search.schema import (
    ANSWER_DOCS,
    FOLLOW_WRITES,
    MISSION_DOCS,
    TABLES,
    TRIGRAM,
    WORD_TOKENIZER,
)

Progress = Callable[[int, int, str], None]


def create_index(connection: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Create the index, catalogue the stored forms, then index every answer with progress."""
    _check_sqlite_utils()
    from sqlite_utils import Database as Utils

    # No plugins and no recursive_triggers: the connection must behave as before.
    utils = Utils(connection, recursive_triggers=False, execute_plugins=False)
    utils.executescript(TABLES)
    utils["search_docs"].enable_fts(
        ["body", "labels", "scope"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize=WORD_TOKENIZER,
    )
    utils.executescript(TRIGRAM + FOLLOW_WRITES)
    catalogue_stored_forms(connection, progress)
    _fill(connection, progress)


def _check_sqlite_utils() -> None:
    """sqlite-utils before 4.0 commits the open transaction in ``enable_fts``, which would
    leave a half-built index behind an interrupted migration: refuse it first."""
    from importlib.metadata import version

    installed = version("sqlite-utils")
    if int(installed.split(".")[0]) < 4:
        raise StorageError(
            "sqlite-utils-too-old",
            QT_TRANSLATE_NOOP(
                "UserError",
                "Fieldwheel needs sqlite-utils 4.0 or newer to build its search index "
                "(this is {installed}); update it, nothing was changed.",
            ),
            installed=installed,
        )


def _fill(connection: sqlite3.Connection, progress: Progress | None) -> None:
    connection.execute(MISSION_DOCS.format(where="1"))
    submissions = [row[0] for row in connection.execute("SELECT uuid FROM submissions")]
    step = max(1, len(submissions) // 100)
    for done in range(0, len(submissions), step):
        batch = submissions[done : done + step]
        marks = ", ".join("?" for _ in batch)
        connection.execute(ANSWER_DOCS.format(where=f"a.submission_uuid IN ({marks})"), batch)
        if progress is not None:
            progress(done + len(batch), len(submissions), "Indexing answers for search")
