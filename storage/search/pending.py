"""An autosave writes no FTS5: the answer it changed is marked pending, folded in later.

FTS5 writes a new segment, its structure record, its totals and the row's
sizes in every transaction that touches it, whatever the document: that
alone cost an autosave more than the rest of its SQL.  Since migration 9
the triggers on ``answers`` only record *which* answer changed, one row of
``search_pending`` (its key: the text is in ``answers``), in the writer's own
transaction.  A search reads the pending answers beside FTS5 (indexed by
``fill_pending_index`` in temporary FTS5 tables of its connection, with the
same tokenizers, so they match exactly as they will once folded), and skips
their rows in ``search_docs``, which may be stale.  ``fold`` brings
``search_docs`` and FTS5 up to date for all pending answers, one statement
each, and empties the table: the window does it every 20 seconds, a search
when more than ``FOLD_AT`` are pending, a bulk writer after its rows, and
closing the database.  Nothing is lost by not folding: a pending answer is
found exactly as a folded one, only ranked first among the hits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from storage.search.schema import ANSWER_DOCS, MAY_HOLD_NO_SPACE_SCRIPT, WORD_TOKENIZER

FOLD_AT = 200
"""Pending answers a search reads beside FTS5 before it folds them first (a few ms)."""

# Not INSERT OR IGNORE: a trigger's statements take the outer statement's conflict policy,
# and an autosave's upsert would make a second save of one answer fail.
_PENDING = (
    "INSERT INTO search_pending (submission_uuid, path) SELECT {who}.submission_uuid, {who}.path"
    " WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE submission_uuid ="
    " {who}.submission_uuid AND path = {who}.path)"
)
_NEW = _PENDING.format(who="NEW")

UPGRADE = f"""
CREATE TABLE search_pending (
    submission_uuid TEXT NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (submission_uuid, path)
) WITHOUT ROWID;
DROP TRIGGER search_answer_ai;
CREATE TRIGGER search_answer_ai AFTER INSERT ON answers
WHEN NEW.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM search_deferred) BEGIN
    {_NEW};
END;
DROP TRIGGER search_answer_au;
CREATE TRIGGER search_answer_au AFTER UPDATE OF value ON answers
WHEN OLD.value IS NOT NEW.value BEGIN
    {_NEW};
END;
DROP TRIGGER search_answer_ad;
CREATE TRIGGER search_answer_ad AFTER DELETE ON answers BEGIN
    {_PENDING.format(who="OLD")};
END;
"""
"""Migration 9: the answer triggers mark answers pending; submissions and missions still
index at once (rare writes, and a deleted submission must vanish from FTS5 too)."""

_IS_PENDING = "(a.submission_uuid, a.path) IN (SELECT submission_uuid, path FROM search_pending)"

PENDING_TABLES = (
    """
CREATE TEMP TABLE search_pending_docs (
    id INTEGER PRIMARY KEY,
    mission_uuid TEXT NOT NULL,
    submission_uuid TEXT,
    path TEXT NOT NULL,
    form_id TEXT,
    form_version TEXT,
    body TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '',
    scope TEXT GENERATED ALWAYS AS
        ('m' || lower(hex(mission_uuid)) || ' f' || lower(hex(coalesce(form_id, '')))) VIRTUAL
)""",
    f"""CREATE VIRTUAL TABLE temp.search_pending_fts USING fts5 (
    body, labels, scope, tokenize="{WORD_TOKENIZER}",
    content='search_pending_docs', content_rowid='id'
)""",
    """CREATE VIRTUAL TABLE temp.search_pending_trigram USING fts5 (
    body, tokenize='trigram', content='search_pending_docs', content_rowid='id'
)""",
)
"""This connection's own index of the pending answers, the twin of ``search_docs`` and its
two FTS5 tables (temporary: never written to the file, gone when the connection closes)."""

_FOLDED_DOCS = (
    ANSWER_DOCS.format(where=_IS_PENDING).rstrip()
    + " ORDER BY a.updated_at, a.submission_uuid, a.path"
)
"""The pending answers' documents, the latest saved last: the highest rowid, as if each had
been indexed as it was saved (a search ranks the newest 2,000 matches)."""
_PENDING_DOCS = _FOLDED_DOCS.replace(
    "INSERT INTO search_docs", "INSERT INTO temp.search_pending_docs"
)


def fold(tx: Any) -> int:
    """Inside a write transaction: index every pending answer afresh; returns how many."""
    count = tx.execute("SELECT count(*) FROM search_pending").fetchone()[0]
    if count:
        tx.execute(
            "DELETE FROM search_docs WHERE (submission_uuid, path) IN"
            " (SELECT submission_uuid, path FROM search_pending)"
        )
        tx.execute(_FOLDED_DOCS)
        tx.execute("DELETE FROM search_pending")
    return count


def fill_pending_index(run: Callable[[str], list[Any]]) -> None:
    """Index the pending answers in the connection's temporary tables (created once).

    ``run`` executes one statement on the searching connection.  Temporary
    tables live beside the file, never in it: filling them needs no write
    transaction, so a search stays a read for every other writer.
    """
    if not run("SELECT 1 FROM sqlite_temp_schema WHERE name = 'search_pending_docs'"):
        for statement in PENDING_TABLES:
            run(statement)
    run("DELETE FROM temp.search_pending_docs")
    run(_PENDING_DOCS)
    run("INSERT INTO temp.search_pending_fts (search_pending_fts) VALUES ('rebuild')")
    # Trigrams, as in the file's index, only of text that may hold a script without spaces.
    run("INSERT INTO temp.search_pending_trigram (search_pending_trigram) VALUES ('delete-all')")
    run(
        "INSERT INTO temp.search_pending_trigram (rowid, body) SELECT id, body"
        f" FROM temp.search_pending_docs WHERE {MAY_HOLD_NO_SPACE_SCRIPT.format(v='body')}"
    )


def fold_on_close(connection: sqlite3.Connection) -> None:
    """Fold what is pending before the connection closes, if the file lets us.

    Folding only moves work: a database left with pending answers searches
    exactly the same, so a fold that cannot be written now (a full disk,
    another writer holding the lock) is left for the next time.
    """
    try:
        if not connection.execute("SELECT 1 FROM search_pending LIMIT 1").fetchone():
            return
        timeout = connection.execute("PRAGMA busy_timeout").fetchone()[0]
        connection.execute("PRAGMA busy_timeout = 0")  # closing never waits for a writer
        try:
            _fold_now(connection)
        finally:
            connection.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    except sqlite3.Error:
        return


def _fold_now(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        fold(connection)
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
