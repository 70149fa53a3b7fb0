"""A database from before search is indexed when opened, in one step with progress."""

from __future__ import annotations

import sqlite3

import pytest

from forms.errors import StorageError
from storage import Database
from storage.migrations import schema_version
from tests.storage.search.conftest import assert_index_in_step, found
from tests.storage.search.old_database import (
    database_at_version,
    database_at_version_7,
    database_before_search,
)


def test_an_old_database_is_indexed_when_opened_with_progress(tmp_path, form):
    path = tmp_path / "old.sqlite3"
    database_before_search(path, form, submissions=250)
    heard = []
    with Database(path, progress=lambda done, total, what: heard.append((done, total, what))) as db:
        assert db.query("PRAGMA user_version")[0]["user_version"] == schema_version() >= 6
        assert len(found(db, "cable", limit=1000)) == 250
        assert found(db, "number17") == [("s17", "evidence")]
        assert len(found(db, "énergie", limit=1000)) == 250  # labels of the stored form
        assert found(db, "regulator") == [(None, "#notes")]
        assert_index_in_step(db)
    indexing = [entry for entry in heard if entry[2] == "Indexing answers for search"]
    assert indexing[-1][:2] == (250, 250)
    assert [done for done, _total, _what in indexing] == sorted({e[0] for e in indexing})
    assert len(indexing) > 10
    assert any("Reading the form" in what for _done, _total, what in heard)


def test_a_stored_form_that_cannot_be_read_does_not_block_the_migration(tmp_path, form):
    path = tmp_path / "old.sqlite3"
    database_before_search(path, form, submissions=1)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE forms SET source = x'00ff'")
    connection.close()
    with Database(path) as db:
        assert found(db, "number0") == [("s0", "evidence")]
        assert found(db, "énergie") == []
        assert db.query("SELECT readable FROM search_forms") == [{"readable": 0}]


def test_a_failed_migration_leaves_the_old_schema(tmp_path, form):
    path = tmp_path / "old.sqlite3"
    database_before_search(path, form, submissions=3)

    def interrupted(done, total, what):
        if what == "Indexing answers for search":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Database(path, progress=interrupted)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 5
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
    connection.close()
    assert not any(name.startswith("search") for name in names)
    with Database(path) as db:
        assert found(db, "cable", limit=10) != []


def test_an_older_sqlite_utils_is_refused_before_anything_changes(tmp_path, form, monkeypatch):
    import importlib.metadata

    path = tmp_path / "old.sqlite3"
    database_before_search(path, form, submissions=1)
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "3.38")
    with pytest.raises(StorageError, match=r"sqlite-utils 4\.0 or newer"):
        Database(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 5
    connection.close()


def test_a_database_at_schema_7_upgrades_and_searches_as_before(tmp_path, form):
    path = tmp_path / "seven.sqlite3"
    database_at_version_7(path, form, submissions=20)
    with Database(path) as db:
        assert db.query("PRAGMA user_version")[0]["user_version"] == schema_version() >= 8
        assert found(db, "number17") == [("s17", "evidence")]
        assert len(found(db, "énergie", limit=100)) == 20
        assert found(db, "ក្រោមសមុទ្រ") == [("s0", "pledges[1]/description")]
        db.save_answer("s3", "pledges[1]/description", "ថាមពលអគ្គិសនី", "Sok")
        db.save_answer("s0", "pledges[1]/description", "cable ashore", "Sok")
        assert found(db, "អគ្គិសនី") == [("s3", "pledges[1]/description")]
        assert found(db, "ក្រោមសមុទ្រ") == [] and found(db, "ashore") == [
            ("s0", "pledges[1]/description")
        ]
        assert db.query("SELECT count(*) AS n FROM search_deferred") == [{"n": 0}]
        assert_index_in_step(db)


def test_a_database_at_schema_8_upgrades_and_autosaves_into_pending(tmp_path, form):
    path = tmp_path / "eight.sqlite3"
    database_at_version(path, form, submissions=20, last=8)
    with Database(path) as db:
        assert db.query("PRAGMA user_version")[0]["user_version"] == schema_version() >= 9
        assert db.rows("SELECT count(*) FROM search_pending") == [(0,)]  # nothing re-indexed
        assert found(db, "number17") == [("s17", "evidence")]
        segments = db.rows("SELECT count(*) FROM search_docs_fts_data")
        db.save_answer("s17", "evidence", "cable ashore", "Sok")
        db.save_answer("s3", "pledges[1]/description", "ថាមពលអគ្គិសនី", "Sok")
        assert db.rows("SELECT count(*) FROM search_docs_fts_data") == segments
        assert db.rows("SELECT count(*) FROM search_pending") == [(2,)]
        assert found(db, "number17") == [] and found(db, "ashore") == [("s17", "evidence")]
        assert found(db, "អគ្គិសនី") == [("s3", "pledges[1]/description")]
        assert_index_in_step(db)
