"""SQLite's failures become one plain sentence with a code the window and the CLI key on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forms.errors import StorageError
from storage import Database
from storage.connection import translate_errors

PATH = Path("/data/field.sqlite3")


@pytest.mark.parametrize(
    ("failure", "code"),
    [
        (sqlite3.DatabaseError("file is not a database"), "not-a-database"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only-file"),
        (sqlite3.OperationalError("database or disk is full"), "disk-full"),
        (sqlite3.OperationalError("database is locked"), "locked"),
        (sqlite3.OperationalError("unable to open database file"), "cannot-open"),
        (sqlite3.OperationalError("Disk I/O Error"), "io-error"),
        (sqlite3.IntegrityError("UNIQUE constraint failed: answers.path"), "database-error"),
    ],
)
def test_each_failure_is_one_sentence_with_its_code(failure, code):
    with pytest.raises(StorageError) as caught, translate_errors(PATH):
        raise failure
    error = caught.value
    assert error.code == code
    assert error.context["path"] == str(PATH)
    assert error.__cause__ is failure
    message = error.message
    assert "\n" not in message and message.endswith(".")
    assert message[0].isupper() or message.startswith(str(PATH))
    if code != "disk-full":
        assert str(PATH) in message
    else:
        assert "was not saved" in message


def test_unknown_failure_keeps_sqlite_words():
    with pytest.raises(StorageError) as caught, translate_errors(PATH):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: answers.path")
    assert "UNIQUE constraint failed: answers.path" in caught.value.message


def test_other_exceptions_pass_through_untouched():
    with pytest.raises(KeyError), translate_errors(PATH):
        raise KeyError("not a database failure")


def test_snapshot_refuses_an_existing_file_and_cleans_up_a_failed_one(tmp_path):
    with Database(tmp_path / "fieldwheel.sqlite3") as db:
        (tmp_path / "taken.sqlite3").write_bytes(b"mine")
        with pytest.raises(StorageError) as exists:
            db.snapshot(tmp_path / "taken.sqlite3")
        assert exists.value.code == "snapshot-exists"
        assert "taken.sqlite3" in exists.value.message
        assert (tmp_path / "taken.sqlite3").read_bytes() == b"mine"
        with pytest.raises(StorageError) as failed:
            db.snapshot(tmp_path / "missing folder" / "copy.sqlite3")
        assert failed.value.code == "snapshot-failed"
        assert "copy.sqlite3" in failed.value.message
        copy = db.snapshot(tmp_path / "copy.sqlite3")
        assert copy == tmp_path / "copy.sqlite3"
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    with Database(copy) as again:
        assert again.missions() == []


@pytest.mark.parametrize(
    ("report", "clause"),
    [
        ("\n*** in database main ***\nPage 3: btreeInitPage() error 11\nPage 4: ...", "Page 3: "),
        ("y" * 100, "y" * 100),
        ("z" * 101, "z" * 97 + "..."),
        ("", "no reason given"),
        ("   \n", "no reason given"),
    ],
)
def test_an_unknown_failure_is_cut_to_its_first_line(report, clause):
    """SQLite can report thousands of lines; the sentence keeps one, at most 100 characters."""
    with pytest.raises(StorageError) as caught, translate_errors(PATH):
        raise sqlite3.DatabaseError(report)
    message = caught.value.message
    assert message.startswith(f"The database {PATH} failed: {clause}")
    reason = message.removeprefix(f"The database {PATH} failed: ").removesuffix(".")
    assert len(reason) <= 100 and "\n" not in reason
