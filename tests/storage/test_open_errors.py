"""Bad database paths and files: a clear error, and nothing overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from forms.errors import StorageError
from storage import Database
from storage.migrations import schema_version

ROOT = Path(__file__).resolve().parents[2]


def _refused(path: Path) -> str:
    with pytest.raises(StorageError) as caught:
        Database(path)
    return caught.value.code


def test_directory_is_refused(tmp_path):
    assert _refused(tmp_path) == "is-directory"


def test_non_sqlite_file_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.sqlite3"
    content = b"These are my meeting notes, not a database.\n" * 200
    path.write_bytes(content)
    assert _refused(path) == "not-a-database"
    assert path.read_bytes() == content


def test_truncated_database_is_refused_and_kept(tmp_path):
    path = tmp_path / "fieldwheel.sqlite3"
    with Database(path) as db:
        mission = db.create_mission("KHM", "T", "strategy")
        db.save_form("f", "1", "F", "f.md", b"x" * 50_000, "0" * 64)
        for index in range(200):
            db.create_submission(mission.uuid, "f", "1", f"author {index}")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert _refused(path) in {"damaged", "not-a-database"}
    assert path.read_bytes() == data[: len(data) // 2]


def test_other_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    assert _refused(path) == "not-fieldwheel"
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM sqlite_schema").fetchall() == [("contacts",)]
    connection.close()


def test_newer_schema_is_refused_not_downgraded(tmp_path):
    path = tmp_path / "future.sqlite3"
    Database(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {schema_version() + 1}")
    connection.close()
    assert _refused(path) == "newer-schema"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_version() + 1
    connection.close()


def _without_root_override() -> list[str]:
    """Root ignores file permissions; drop that power so permission tests mean something."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}"]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*_without_root_override(), sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.fixture
def readonly_folder():
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


def test_read_only_folder_gives_one_sentence(readonly_folder):
    result = _cli("--db", str(readonly_folder / "new.sqlite3"), "missions")
    assert result.returncode == 2
    assert "read-only" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(readonly_folder.iterdir()) == []


def test_read_only_existing_database_gives_one_sentence(readonly_folder):
    readonly_folder.chmod(0o755)
    path = readonly_folder / "fieldwheel.sqlite3"
    Database(path).close()
    os.chmod(path, 0o644)
    readonly_folder.chmod(0o555)
    before = path.read_bytes()
    result = _cli("--db", str(path), "missions")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_cli_error_is_one_plain_sentence(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_text("not sqlite at all " * 100)
    result = _cli("--db", str(path), "missions")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "not a Fieldwheel database" in result.stderr
