"""An autosave writes no FTS5: the answer waits in ``search_pending``, found at once by
search beside the index, and is folded in later (idle, a long list, a bulk write, closing)."""

from __future__ import annotations

import pytest

import storage.search.sqlite
from storage import Database
from storage.search.sqlite import fold_pending
from tests.storage.search.conftest import assert_index_in_step, found

pytestmark = pytest.mark.sqlite_only  # reads SQLite's tables


def _pending(db: Database) -> list[tuple[str, str]]:
    return db.rows("SELECT submission_uuid, path FROM search_pending ORDER BY 1, 2")


def _indexed(db: Database, uuid: str) -> list[str]:
    return [
        row[0] for row in db.rows("SELECT body FROM search_docs WHERE submission_uuid = ?", (uuid,))
    ]


def test_an_autosave_touches_no_fts5_and_is_found_at_once(db, editor_for):
    editor = editor_for()
    uuid = editor.submission.uuid
    segments = db.rows("SELECT count(*) FROM search_docs_fts_data")
    editor.set("evidence", "spectrum auction")
    editor.set("sector", "health")
    assert db.rows("SELECT count(*) FROM search_docs_fts_data") == segments
    assert _pending(db) == [(uuid, "evidence"), (uuid, "sector")] and _indexed(db, uuid) == []
    assert found(db, "spectrum") == [(uuid, "evidence")]
    assert found(db, "santé") == [(uuid, "sector")]
    assert fold_pending(db) == 2
    assert _pending(db) == [] and sorted(_indexed(db, uuid)) == ["health", "spectrum auction"]
    assert found(db, "spectrum") == [(uuid, "evidence")]
    assert fold_pending(db) == 0


def test_a_folded_row_of_a_pending_answer_is_never_found(db, editor_for):
    editor = editor_for()
    uuid = editor.submission.uuid
    editor.set("evidence", "spectrum auction")
    fold_pending(db)
    editor.set("evidence", "tower sharing")  # its folded row still says "spectrum"
    assert _indexed(db, uuid) == ["spectrum auction"]
    assert found(db, "spectrum") == [] and found(db, "tower") == [(uuid, "evidence")]
    editor.set("evidence", "")
    assert found(db, "tower") == [] and found(db, "spectrum") == []
    assert_index_in_step(db)


def test_a_deleted_or_restored_submission_follows_with_answers_pending(db, editor_for):
    editor = editor_for()
    uuid = editor.submission.uuid
    editor.set("evidence", "fibre backbone")
    db.delete_submission(uuid)
    assert found(db, "fibre") == []
    assert _pending(db) == [(uuid, "evidence")]
    with db.transaction() as tx:
        tx.execute("UPDATE submissions SET deleted_at = NULL WHERE uuid = ?", (uuid,))
    assert found(db, "fibre") == [(uuid, "evidence")]
    assert_index_in_step(db)


def test_a_search_folds_first_when_many_answers_wait(db, editor_for, monkeypatch):
    monkeypatch.setattr(storage.search.sqlite, "FOLD_AT", 2)
    editors = [editor_for() for _ in range(3)]
    for number, editor in enumerate(editors[:2]):
        editor.set("evidence", f"fibre {number}")
    assert found(db, "fibre") and len(_pending(db)) == 2  # two are read beside FTS5
    editors[2].set("evidence", "fibre 2")
    assert len(found(db, "fibre")) == 3 and _pending(db) == []  # three are folded first
    assert_index_in_step(db)


def test_pending_answers_come_first_then_the_folded_best_first(db, editor_for):
    strong, weak, pending = editor_for(), editor_for(), editor_for()
    strong.set("evidence", "fibre fibre fibre backbone")
    weak.set("evidence", "a long text about roads, ports, power and, once, fibre cables")
    fold_pending(db)
    pending.set("evidence", "roads, ports and fibre, written just now, not folded yet")
    assert [uuid for uuid, _ in found(db, "fibre")] == [
        pending.submission.uuid,
        strong.submission.uuid,
        weak.submission.uuid,
    ]


def test_closing_folds_what_is_pending(location, stored, mission):
    db = Database(location)
    submission = db.create_submission(mission.uuid, stored.id, "1", "Sok")
    db.save_answer(submission.uuid, "evidence", "submarine cable", "Sok")
    assert _pending(db) != []
    db.close()
    with Database(location) as again:
        assert _pending(again) == [] and _indexed(again, submission.uuid) == ["submarine cable"]
        assert found(again, "cable") == [(submission.uuid, "evidence")]


def test_a_bulk_writer_folds_the_answers_it_updated(db, editor_for):
    editor = editor_for()
    uuid = editor.submission.uuid
    editor.set("evidence", "old words")
    with db.transaction() as tx, db.deferred_index(tx, "test"):
        tx.execute("UPDATE answers SET value = 'new words' WHERE submission_uuid = ?", (uuid,))
        db.index_answers(tx, [uuid])
    assert _pending(db) == [] and _indexed(db, uuid) == ["new words"]
    assert_index_in_step(db)


def test_closing_while_another_writer_holds_the_file_leaves_them_pending(location, stored, mission):
    db = Database(location)
    submission = db.create_submission(mission.uuid, stored.id, "1", "Sok")
    db.save_answer(submission.uuid, "evidence", "submarine cable", "Sok")
    other = Database(location)
    with other.transaction():
        db.close()  # at once, without the fold
    assert _pending(other) == [(submission.uuid, "evidence")]
    assert found(other, "cable") == [(submission.uuid, "evidence")]
    other.close()
