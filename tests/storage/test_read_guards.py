"""The lean reads (form titles for the lists, plain rows for the wheel's tallies).

They skip the dict-per-row of ``query`` for speed, but must still return every
stored row and, when SQLite refuses, still give one sentence naming the file.
"""

from __future__ import annotations

import sqlite3

import pytest

from forms.errors import StorageError


def _store_two_versions(db) -> None:
    db.save_form("household", "1", "Household survey", "h.md", b"| survey |", "1" * 64)
    db.save_form("household", "2", "Household survey, revised", "h.md", b"| survey | |", "2" * 64)


def test_form_titles_lists_every_stored_version(db):
    _store_two_versions(db)
    assert sorted(db.form_titles()) == [
        ("household", "1", "Household survey"),
        ("household", "2", "Household survey, revised"),
    ]
    assert sorted(db.form_titles()) == sorted(
        (form.form_id, form.version, form.title) for form in db.form_records()
    )


def test_rows_bind_their_parameters(db, mission):
    _store_two_versions(db)
    rows = db.rows(
        "SELECT version, title FROM forms WHERE form_id = ? ORDER BY version", ("household",)
    )
    assert rows == [("1", "Household survey"), ("2", "Household survey, revised")]
    assert db.rows("SELECT uuid FROM missions") == [(mission.uuid,)]


@pytest.mark.parametrize(
    "read",
    [
        lambda db: db.form_titles(),
        lambda db: db.rows("SELECT form_id FROM forms WHERE version = ?", ("1",)),
    ],
    ids=["form_titles", "rows"],
)
@pytest.mark.sqlite_only  # renames a table behind the database's back with sqlite3
def test_a_refused_lean_read_names_the_database(db, read):
    _store_two_versions(db)
    other = sqlite3.connect(db.path)
    other.execute("ALTER TABLE forms RENAME TO forms_elsewhere")
    other.commit()
    other.close()
    with pytest.raises(StorageError) as failed:
        read(db)
    assert str(db.path) in failed.value.message
    assert failed.value.context["path"] == str(db.path)
    assert len(failed.value.message.splitlines()) == 1
