"""Integrity is checked when it matters, not on every open.

A clean open reads a few pages whatever the file's size; a leftover journal
(a crash), ``fieldwheel check`` and an export read every page and refuse a
damaged file with one sentence.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from forms.errors import StorageError
from storage import Database, connection
from storage.connection import ended_uncleanly

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every SQL statement the storage layer's connections run."""
    seen: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        made = real_connect(*args, **kwargs)
        made.set_trace_callback(seen.append)
        return made

    monkeypatch.setattr(connection.sqlite3, "connect", traced)
    return seen


def _with_filler(path: Path) -> None:
    """A database whose later pages hold a table no open reads."""
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE filler (x TEXT)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


def _scribble(path: Path) -> None:
    """Overwrite a page of the filler table, far from the pages an open reads."""
    data = bytearray(path.read_bytes())
    start = len(data) - 3 * PAGE
    data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))


def test_a_clean_open_reads_no_page_it_does_not_need(tmp_path, statements):
    path = tmp_path / "clean.sqlite3"
    Database(path).close()
    assert not ended_uncleanly(path)
    statements.clear()
    Database(path).close()
    assert not any("quick_check" in s or "integrity_check" in s for s in statements)
    assert statements  # the trace did see the open


def test_a_clean_open_does_not_notice_a_damaged_page_but_check_does(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    _with_filler(path)
    _scribble(path)
    with Database(path) as db:
        with pytest.raises(StorageError) as quick:
            db.check_integrity()
        with pytest.raises(StorageError) as full:
            db.check_integrity(full=True)
    assert quick.value.code == full.value.code == "damaged"


def test_after_a_crash_the_open_reads_every_page_and_refuses_damage(tmp_path, statements):
    path = tmp_path / "crashed.sqlite3"
    _with_filler(path)
    left = tmp_path / "left-by-crash.sqlite3"
    with Database(path) as db:
        db.create_mission("KHM", "Written just before the power cut", "strategy")
        # What a power cut leaves on disk: the file and its WAL, never closed.
        shutil.copyfile(path, left)
        shutil.copyfile(f"{path}-wal", f"{left}-wal")
    assert ended_uncleanly(left)
    _scribble(left)
    statements.clear()
    with pytest.raises(StorageError) as error:
        Database(left)
    assert error.value.code == "damaged"
    assert "PRAGMA quick_check" in statements


def test_after_a_crash_an_intact_file_opens_with_the_last_write(tmp_path):
    path = tmp_path / "crashed.sqlite3"
    left = tmp_path / "left-by-crash.sqlite3"
    with Database(path) as db:
        db.create_mission("KHM", "Written just before the power cut", "strategy")
        shutil.copyfile(path, left)
        shutil.copyfile(f"{path}-wal", f"{left}-wal")
    with Database(left) as db:
        assert [m.title for m in db.missions()] == ["Written just before the power cut"]
    assert not ended_uncleanly(left)  # the clean close removed the WAL


def test_a_second_connection_of_the_same_process_is_not_a_crash(tmp_path, statements):
    """A worker's own connection sees the window's WAL; that is no reason to re-read the file."""
    path = tmp_path / "busy.sqlite3"
    with Database(path) as window:
        window.create_mission("KHM", "Open in the window", "strategy")
        assert ended_uncleanly(path)  # the window's own WAL
        statements.clear()
        Database(path).close()
        assert not any("quick_check" in s for s in statements)


def test_a_file_cut_short_is_refused_on_a_clean_open(tmp_path):
    path = tmp_path / "cut.sqlite3"
    _with_filler(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 2 * PAGE])
    with pytest.raises(StorageError) as error:
        Database(path)
    assert error.value.code == "damaged"


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "check"],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_check_command_says_intact_in_plain_words(tmp_path):
    path = tmp_path / "fine.sqlite3"
    _with_filler(path)
    result = _check(path)
    assert result.returncode == 0, result.stderr
    assert f"The database {path} is intact" in result.stdout


def test_the_check_command_names_damage_in_one_sentence(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    _with_filler(path)
    _scribble(path)
    result = _check(path)
    assert result.returncode == 2
    [sentence] = [line for line in result.stderr.splitlines() if line.startswith("fieldwheel:")]
    assert "is damaged" in sentence and "Traceback" not in result.stderr
