"""A bulk writer's answers indexed in one statement hold exactly what the triggers would."""

from __future__ import annotations

import pytest

from tests.storage.search.conftest import assert_index_in_step, found

pytestmark = pytest.mark.sqlite_only  # reads SQLite's tables

VALUES = [
    ("sector", "health"),  # one choice: found by its key
    ("others", "energy health"),  # several: each tested
    ("others", "health "),  # a space, so tested, still one choice
    ("sector", "transport"),  # no such choice
    ("sector", ""),
    ("evidence", "health"),  # a choice's name in a question without choices
    ("evidence", "energy and health"),
    ("pledges[1]/description", "energy"),
]


def test_answers_indexed_in_bulk_get_the_labels_the_triggers_give(db, editor_for):
    uuids = [editor_for().submission.uuid for _ in VALUES]
    with db.transaction() as tx, db.deferred_index(tx, "test"):
        tx.executemany(
            "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
            " VALUES (?, ?, ?, '2026-12-02T00:00:00Z', 'Sok')",
            [(uuid, path, value) for uuid, (path, value) in zip(uuids, VALUES, strict=True)],
        )
        db.index_answers(tx, uuids)
    labels = dict(db.rows("SELECT submission_uuid, labels FROM search_docs WHERE path <> '#title'"))
    assert labels[uuids[0]].split() == ["Health", "Santé", "الصحة", "សុខាភិបាល"]
    assert labels[uuids[1]].count("Santé") == 1 and labels[uuids[1]].count("Énergie") == 1
    assert labels[uuids[2]] == labels[uuids[0]]
    assert [labels[uuid] for uuid in uuids[3:]] == [""] * 5
    assert_index_in_step(db)  # the same as the triggers' statement, row for row
    hits = {(uuids[0], "sector"), (uuids[1], "others"), (uuids[2], "others")}
    assert sorted(found(db, "santé")) == sorted(hits)
