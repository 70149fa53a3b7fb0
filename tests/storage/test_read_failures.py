"""A read that SQLite refuses is one sentence that names the database file."""

from __future__ import annotations

import sqlite3

import pytest

from forms.errors import StorageError

pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize(
    ("sql", "read"),
    [
        ("ALTER TABLE answers RENAME TO answers_elsewhere", "answers"),
        ("DROP TABLE repeat_sizes", "repeat_sizes"),
        ("ALTER TABLE audit RENAME TO audit_elsewhere", "audit"),
    ],
)
def test_a_failed_read_names_the_database(db, submission, sql, read):
    other = sqlite3.connect(db.path)
    other.execute(sql)
    other.commit()
    other.close()
    with pytest.raises(StorageError) as failed:
        getattr(db, read)(submission.uuid)
    assert str(db.path) in failed.value.message
    assert len(failed.value.message.splitlines()) == 1
