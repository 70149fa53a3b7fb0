"""Bulk writes index their answers once, after the rows are in, in the same transaction.

Migration 8 (``upgrade``) makes the per-answer insert trigger stand aside while
``search_deferred`` holds a row.  The merge of an imported package inserts
thousands of answers with ``executemany``, and each statement touching FTS5
makes it write a new segment (FTS5 flushes at every statement's savepoint):
row by row, the index cost eight times the rest of the import.  Inside
``deferred_index`` the answers go in bare and ``index_answers`` then indexes
them with a few ``INSERT … SELECT`` statements.  The row exists only inside
the writer's transaction (deleted before it commits, gone with a rollback),
so every other writer — autosave, conflict resolution, deletion — keeps its
triggers, and a refused or cancelled import leaves the database unchanged.

Migration 8 also puts a cheap test in front of the trigram triggers' GLOB:
the scripts written without spaces are all three bytes a character in UTF-8,
so a text whose bytes are as many as its characters (ASCII) cannot hold
them, and no longer pays for a character-class scan on every save.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager

from storage.search.pending import fold
from storage.search.schema import (
    ANSWER_DOCS,
    ANSWER_DOCS_IN_BULK,
    MAY_HOLD_NO_SPACE_SCRIPT,
    ONE_ANSWER,
)

Progress = Callable[[int, int, str], None]
BATCH = 1_000
"""Submissions indexed per statement: FTS5 writes one segment per statement."""

_NEW, _OLD = (MAY_HOLD_NO_SPACE_SCRIPT.format(v=v) for v in ("new.body", "old.body"))

UPGRADE = f"""
CREATE TABLE search_deferred (writer TEXT PRIMARY KEY);
DROP TRIGGER search_answer_ai;
CREATE TRIGGER search_answer_ai AFTER INSERT ON answers
WHEN NEW.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
    {ANSWER_DOCS.format(where=ONE_ANSWER)};
END;
DROP TRIGGER search_docs_trigram_ai;
CREATE TRIGGER search_docs_trigram_ai AFTER INSERT ON search_docs WHEN {_NEW} BEGIN
    INSERT INTO search_docs_trigram (rowid, body) VALUES (new.id, new.body);
END;
DROP TRIGGER search_docs_trigram_ad;
CREATE TRIGGER search_docs_trigram_ad AFTER DELETE ON search_docs WHEN {_OLD} BEGIN
    INSERT INTO search_docs_trigram (search_docs_trigram, rowid, body)
        VALUES ('delete', old.id, old.body);
END;
DROP TRIGGER search_docs_trigram_au_old;
CREATE TRIGGER search_docs_trigram_au_old AFTER UPDATE OF body ON search_docs WHEN {_OLD} BEGIN
    INSERT INTO search_docs_trigram (search_docs_trigram, rowid, body)
        VALUES ('delete', old.id, old.body);
END;
DROP TRIGGER search_docs_trigram_au_new;
CREATE TRIGGER search_docs_trigram_au_new AFTER UPDATE OF body ON search_docs WHEN {_NEW} BEGIN
    INSERT INTO search_docs_trigram (rowid, body) VALUES (new.id, new.body);
END;
"""
"""Migration 8: the deferral switch and the cheaper trigram test; no row is re-indexed."""

_UNINDEXED = (
    "a.submission_uuid IN (SELECT value FROM json_each(?)) AND NOT EXISTS"
    " (SELECT 1 FROM search_docs d WHERE d.submission_uuid = a.submission_uuid"
    " AND d.path = a.path)"
)


@contextmanager
def deferred_index(tx: sqlite3.Connection, writer: str) -> Iterator[None]:
    """Inside: answers inserted into ``answers`` are not indexed, until ``index_answers``."""
    tx.execute("INSERT INTO search_deferred (writer) VALUES (?)", (writer,))
    try:
        yield
    finally:
        tx.execute("DELETE FROM search_deferred WHERE writer = ?", (writer,))


def index_answers(
    tx: sqlite3.Connection,
    submissions: Collection[str],
    progress: Progress | None = None,
    cancel: Callable[[], None] | None = None,
) -> None:
    """Index the live answers of ``submissions`` that have no row in the index yet.

    ``cancel`` is called between statements and may raise to stop (the
    caller's transaction then rolls back).  The answers the writer updated
    rather than inserted were marked pending (migration 9): they are folded
    in here too, in one statement.
    """
    uuids = sorted(submissions)
    for done in range(0, len(uuids), BATCH):
        if cancel is not None:
            cancel()
        batch = uuids[done : done + BATCH]
        tx.execute(ANSWER_DOCS_IN_BULK.format(where=_UNINDEXED), (json.dumps(batch),))
        if progress is not None:
            progress(done + len(batch), len(uuids), "Indexing answers for search")
    fold(tx)
