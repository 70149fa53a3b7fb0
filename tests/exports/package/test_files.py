"""The package file is written all at once: kills, full disks and cancels leave no half file."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from exports.package.read import read_package
from exports.package.write import export_package
from forms.errors import Cancelled, UserError
from storage import Database
from tests.exports.package.support import SAMPLE, seed
from tests.storage.killing import random_counts, run_and_kill

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def _dataset(path: Path, submissions: int) -> None:
    with Database(path) as db:
        mission, _ = seed(db, SAMPLE)
        for index in range(submissions):
            other = db.create_submission(mission.uuid, "tiny", "1", "Dara")
            values = {f"people[{n}]/person": f"person {index}.{n} " * 20 for n in range(1, 6)}
            db.save_answers(other.uuid, {**SAMPLE, **values}, "Dara")


def writing_into(target: Path, exports: int):
    """Evidence: the ``exports``-th export has bytes in an unpublished file beside ``target``.

    The writer's open descriptors (``/proc``) show its temporary file, which
    is anonymous until published; its size says the package is being written.
    """

    def seen(process: subprocess.Popen, lines: list[str]) -> bool:
        if sum(line == "exporting" for line in lines) < exports:
            return False
        descriptors = Path(f"/proc/{process.pid}/fd")
        with contextlib.suppress(OSError):
            for descriptor in descriptors.iterdir():
                opened = Path(os.readlink(descriptor))
                if opened.parent == target.parent:
                    return os.stat(descriptor).st_size > 0
        return False

    return seen


@pytest.mark.slow
@pytest.mark.parametrize("exports", random_counts(8, 1, 3, seed=20261124))
def test_kill_during_export_leaves_old_or_whole_file(tmp_path, exports):
    database = tmp_path / "field.sqlite3"
    _dataset(database, 60)
    out = tmp_path / "out" / "package.xlsx"
    out.parent.mkdir()
    with Database(database) as db:
        export_package(db, out, charts=False)
    old = read_package(out)
    killed = run_and_kill(
        [sys.executable, str(HERE / "killer.py"), str(database), str(out)],
        writing_into(out, exports),
        cwd=ROOT,
    )
    assert killed.was_running and killed.lines[-1] == "exporting"  # killed mid-export
    assert sorted(p.name for p in out.parent.iterdir()) == ["package.xlsx"]
    again = read_package(out)  # the old file or a whole new one, never half of one
    assert again.tables["_fw_answers"] == old.tables["_fw_answers"]


def test_failed_write_leaves_target_and_no_temp_file(tmp_path, monkeypatch):
    database = tmp_path / "field.sqlite3"
    _dataset(database, 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "package.xlsx").write_bytes(b"old contents")
    from exports.shared import atomic

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with Database(database) as db, pytest.raises(UserError) as error:
        export_package(db, out / "package.xlsx", charts=False)
    assert error.value.code == "package-write-failed"
    assert "disk is full" in error.value.message
    assert sorted(p.name for p in out.iterdir()) == ["package.xlsx"]
    assert (out / "package.xlsx").read_bytes() == b"old contents"


def test_disk_full_while_the_workbook_is_zipped_is_one_sentence(tmp_path, monkeypatch):
    """XlsxWriter wraps the OSError of its close(); the user still reads why, and nothing stays."""
    import tempfile

    database = tmp_path / "field.sqlite3"
    _dataset(database, 2)
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    out.mkdir()
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the sheets' rows wait
    from exports.shared import atomic

    def full_disk(self, data):
        self.deaf = True
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic._DropAfterFailure, "write", full_disk)
    with Database(database) as db, pytest.raises(UserError) as error:
        export_package(db, out / "package.xlsx", charts=False)
    assert error.value.code == "package-write-failed"
    assert "disk is full" in error.value.message
    assert list(out.iterdir()) == []
    assert list(scratch.iterdir()) == []


def test_cancelled_export_leaves_no_scratch_files(tmp_path, monkeypatch):
    import tempfile

    database = tmp_path / "field.sqlite3"
    _dataset(database, 3)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    cancel = threading.Event()

    def progress(done, total, label):
        if done == 2:
            cancel.set()

    with Database(database) as db, pytest.raises(Cancelled):
        export_package(db, tmp_path / "out.xlsx", charts=False, progress=progress, cancel=cancel)
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "out.xlsx").exists()


def test_read_only_folder_is_one_sentence(tmp_path, monkeypatch):
    database = tmp_path / "field.sqlite3"
    _dataset(database, 1)
    from exports.shared import atomic

    def read_only(self):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(atomic.AtomicFile, "_open", read_only)
    with Database(database) as db, pytest.raises(UserError) as error:
        export_package(db, tmp_path / "package.xlsx", charts=False)
    assert "read-only" in error.value.message
    assert not (tmp_path / "package.xlsx").exists()


def test_missing_folder_and_bad_name(tmp_path):
    database = tmp_path / "field.sqlite3"
    _dataset(database, 1)
    with Database(database) as db:
        with pytest.raises(UserError, match="does not exist"):
            export_package(db, tmp_path / "nowhere" / "p.xlsx", charts=False)
        with pytest.raises(UserError, match=r"\.xlsx"):
            export_package(db, tmp_path / "p.csv", charts=False)


def test_cancelled_export_leaves_nothing(tmp_path):
    database = tmp_path / "field.sqlite3"
    _dataset(database, 5)
    cancel = threading.Event()
    seen = []

    def progress(done, total, label):
        seen.append(done)
        if done == 2:
            cancel.set()

    with Database(database) as db, pytest.raises(Cancelled):
        export_package(db, tmp_path / "out.xlsx", charts=False, progress=progress, cancel=cancel)
    assert seen[:3] == [0, 1, 2]
    assert sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == []


def test_named_temp_file_fallback_and_stale_sweep(tmp_path, monkeypatch):
    database = tmp_path / "field.sqlite3"
    _dataset(database, 1)
    from exports.shared import atomic

    stale = tmp_path / ".package.xlsx.999999999.abc.fieldwheel-partial"
    stale.write_bytes(b"left by a killed run")
    monkeypatch.delattr(atomic.os, "O_TMPFILE", raising=False)
    with Database(database) as db:
        export_package(db, tmp_path / "package.xlsx", charts=False)
    assert not stale.exists()
    assert read_package(tmp_path / "package.xlsx").tables["_fw_answers"]


def test_a_long_audit_log_continues_on_further_sheets(tmp_path, monkeypatch):
    """Each readable audit sheet stays within what one package part may hold."""
    from openpyxl import load_workbook

    from exports.package import write
    from exports.package.importing import import_package

    monkeypatch.setattr(write, "AUDIT_ROWS", 4)
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, SAMPLE)
        entries = len(field.audit())
        export_package(field, tmp_path / "p.xlsx", charts=False)
    with closing(load_workbook(tmp_path / "p.xlsx", read_only=True)) as workbook:
        logs = [name for name in workbook.sheetnames if name.startswith("Audit log")]
        rows = [list(workbook[name].iter_rows(values_only=True)) for name in logs]
    assert logs == ["Audit log", *(f"Audit log {n}" for n in range(2, len(logs) + 1))]
    assert all(len(sheet) <= 4 and sheet[0][0] == rows[0][0][0] for sheet in rows)
    assert sum(len(sheet) - 1 for sheet in rows) == entries
    with Database(tmp_path / "hq.sqlite3") as hq:
        assert import_package(hq, tmp_path / "p.xlsx").audit_added == entries
