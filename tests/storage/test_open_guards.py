"""Refusing to open a database: the sentence and its details name the file, nothing is made.

A person sees the sentence; a helper at headquarters reads "Copy details" (the
refusal's code and context). Both must name the file the person gave, and a
refusal must leave no folder or database behind. Opening a file this process
already has open must not pay for reading every page again.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from forms.errors import StorageError
from storage import Database, connection
from storage.connection import ended_uncleanly
from tests.exports.package.support import assert_translated

ROOT = Path(__file__).resolve().parents[2]


def _refusal(path: Path, **kwargs) -> StorageError:
    with pytest.raises(StorageError) as caught:
        Database(path, **kwargs)
    assert_translated(caught.value)  # the person may read it in any of five languages
    return caught.value


def _plain(message: str, names: Path) -> None:
    """One line, ending with a full stop, naming the file; each sentence starts upper case."""
    assert "\n" not in message and message.endswith("."), message
    assert str(names) in message, message
    for sentence in re.split(r"(?<=\.) ", message):
        assert sentence[0].isupper() or sentence.startswith(str(names)), message


def test_a_folder_given_as_the_database_is_named(tmp_path):
    error = _refusal(tmp_path)
    assert error.code == "is-directory"
    assert error.context["path"] == str(tmp_path)
    _plain(error.message, tmp_path)


def test_a_missing_folder_is_named_and_nothing_is_created(tmp_path):
    path = tmp_path / "mistyped" / "fieldwheel.sqlite3"
    error = _refusal(path)
    assert error.code == "no-such-folder"
    assert error.context["path"] == str(path)
    _plain(error.message, path.parent)
    assert str(path) in error.message
    assert "nothing was created" in error.message
    assert list(tmp_path.iterdir()) == []


def test_the_default_folder_is_created_with_its_parents(tmp_path):
    path = tmp_path / "home" / ".local" / "fieldwheel" / "fieldwheel.sqlite3"
    with Database(path, create_folder=True) as db:
        db.create_mission("KHM", "First mission on a new laptop", "strategy")
    with Database(path) as db:
        assert [m.title for m in db.missions()] == ["First mission on a new laptop"]


def test_a_bare_file_name_is_a_database_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with Database(Path("fieldwheel.sqlite3")) as db:
        db.create_mission("KHM", "Here", "strategy")
    assert (tmp_path / "fieldwheel.sqlite3").is_file()


def test_a_folder_that_cannot_be_made_is_named_with_the_reason(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    path = blocker / "fieldwheel" / "fieldwheel.sqlite3"
    error = _refusal(path, create_folder=True)
    assert error.code == "cannot-create-folder"
    assert error.context["path"] == str(path)
    _plain(error.message, path.parent)
    assert os.strerror(20) in error.message  # "Not a directory", the system's own words
    assert isinstance(error.__cause__, OSError)
    assert blocker.read_text() == "not a folder"


def test_another_programs_empty_database_is_refused(tmp_path):
    """An application id of its own marks the file as another program's, tables or not."""
    path = tmp_path / "other.sqlite3"
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 1234")
    other.close()
    error = _refusal(path)
    assert error.code == "not-fieldwheel"
    assert error.context["path"] == str(path)
    _plain(error.message, path)
    other = sqlite3.connect(path)
    assert other.execute("PRAGMA application_id").fetchone()[0] == 1234
    assert other.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0
    other.close()


def test_another_programs_database_is_named(tmp_path):
    path = tmp_path / "contacts.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.close()
    error = _refusal(path)
    assert error.code == "not-fieldwheel"
    assert error.context["path"] == str(path)
    _plain(error.message, path)


def test_a_file_cut_short_is_named(tmp_path):
    """SQLite compares the header's page count with the file's size on the first read,
    so a cut copy is refused as damaged before anything is read from it."""
    path = tmp_path / "cut.sqlite3"
    with Database(path) as db:
        db.save_form("f", "1", "F", "f.md", b"x" * 100_000, "0" * 64)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 8192])
    error = _refusal(path)
    assert error.code == "damaged"
    assert error.context["path"] == str(path)
    _plain(error.message, path)


def test_damage_found_after_a_crash_is_named_with_sqlites_report(tmp_path):
    path = tmp_path / "crashed.sqlite3"
    left = tmp_path / "left-by-crash.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)  # later pages of the file: a table of many rows
    raw.execute("CREATE TABLE filler (x TEXT)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    with Database(path) as db:
        db.create_mission("KHM", "Written just before the power cut", "strategy")
        shutil.copyfile(path, left)
        shutil.copyfile(f"{path}-wal", f"{left}-wal")
    data = bytearray(left.read_bytes())
    data[len(data) - 8 * 4096 + 8 : len(data) - 8 * 4096 + 200] = b"\xff" * 192
    left.write_bytes(bytes(data))
    error = _refusal(left)
    assert error.code == "damaged"
    assert error.context["path"] == str(left)
    assert error.context["details"] and error.context["details"] != "ok"
    [first, *_] = [
        line for line in error.context["details"].splitlines() if not line.startswith("***")
    ]
    assert first.strip()[:90] in error.message
    _plain(error.message, left)


@pytest.fixture
def integrity_reads(monkeypatch) -> list[Path]:
    """The files whose every page an open read (``quick_check``)."""
    seen: list[Path] = []
    real = connection.check_integrity

    def counted(db_connection, path, **kwargs):
        seen.append(path)
        return real(db_connection, path, **kwargs)

    monkeypatch.setattr(connection, "check_integrity", counted)
    return seen


def test_opening_and_closing_more_connections_of_this_process_is_never_a_crash(
    tmp_path, integrity_reads
):
    """The window, a worker and another worker: closing one must not forget the others."""
    path = tmp_path / "busy.sqlite3"
    with Database(path) as window:
        window.create_mission("KHM", "Open in the window", "strategy")
        worker = Database(path)
        Database(path).close()
        assert ended_uncleanly(path)  # the window's own WAL
        Database(path).close()
        worker.close()
        Database(path).close()
        assert integrity_reads == []
    assert not ended_uncleanly(path)


def test_a_refused_open_leaves_the_file_to_be_checked_afresh(tmp_path):
    """A refusal must not leave the file counted as open here: the next open checks it."""
    path = tmp_path / "future.sqlite3"
    with Database(path) as db:
        db.save_form("f", "1", "F", "f.md", b"x" * 100_000, "0" * 64)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")  # a newer Fieldwheel's schema
    raw.close()
    assert _refusal(path).code == "newer-schema"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 8192])  # then the copy is cut short
    assert _refusal(path).code == "damaged"


def _without_root_override() -> list[str]:
    """Root ignores file permissions; drop that power so permission tests mean something."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


REFUSAL = """
import sys
from forms.errors import StorageError
from storage import Database
try:
    Database(sys.argv[1])
except StorageError as error:
    print(error.code)
    print(error.context["path"])
    print(error.message)
"""


def _refusal_without_rights(path: Path) -> tuple[str, str, str]:
    result = subprocess.run(
        [*_without_root_override(), sys.executable, "-c", REFUSAL, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    code, context, message = result.stdout.splitlines()
    return code, context, message


def test_a_read_only_folder_is_named_and_the_way_out_given(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, context, message = _refusal_without_rights(folder / "fieldwheel.sqlite3")
    finally:
        folder.chmod(0o755)
    assert code == "read-only-folder"
    assert context == str(folder / "fieldwheel.sqlite3")
    _plain(message, folder)
    assert "--db" in message
    assert list(folder.iterdir()) == []


def test_a_database_without_write_permission_is_named(tmp_path):
    path = tmp_path / "fieldwheel.sqlite3"
    Database(path).close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        code, context, message = _refusal_without_rights(path)
    finally:
        path.chmod(0o644)
    assert code == "read-only-file"
    assert context == str(path)
    _plain(message, path)
    assert "permissions" in message
    assert path.read_bytes() == before


def test_only_a_journal_with_content_means_the_last_session_crashed(tmp_path):
    """SQLite empties or deletes its journals when a session ends cleanly."""
    path = tmp_path / "fieldwheel.sqlite3"
    Database(path).close()
    wal, journal = Path(f"{path}-wal"), Path(f"{path}-journal")
    wal.write_bytes(b"")
    journal.write_bytes(b"")
    assert not ended_uncleanly(path)  # emptied journals: a clean end
    wal.unlink()
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504)
    assert ended_uncleanly(path)  # a hot rollback journal, no WAL: a crash
