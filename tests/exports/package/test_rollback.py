"""An import that fails or is cancelled *after* it wrote rows leaves the database as it was.

Refusals found while reading the file happen before the first write; these
tests reach the merge's one transaction and stop it in the middle, so only a
real rollback can leave the file byte-for-byte unchanged.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import Cancelled, UserError
from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import store_form
from tests.exports.package.support import TINY_FORM, assert_translated, seed

LAST = b"| zzz | 1 | Last form |"
PEOPLE = 600
"""Answers in the cancelled package: more than one progress step (500) of them."""


def closed_bytes(path: Path) -> bytes:
    """The database file once every connection closed (the write-ahead log is empty)."""
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return path.read_bytes()


def test_refusal_in_the_middle_of_a_merge_rolls_back_its_writes(tmp_path):
    clash = "00000000-0000-4000-8000-000000000001"
    hq_path = tmp_path / "hq.sqlite3"
    with Database(hq_path) as hq:
        seed(hq, {"info/name": "here"}, author="Lead")
        mission = hq.missions()[0]
        hq.create_submission(mission.uuid, "tiny", "1", "Lead", uuid=clash)
    with Database(tmp_path / "field.sqlite3") as field:
        # A new mission and a new submission merge first; then the package's
        # submission ``clash`` turns out to belong to another mission here.
        other, _ = seed(field, {"info/name": "new"})
        field.create_submission(other.uuid, "tiny", "1", "Dara", uuid=clash)
        export_package(field, tmp_path / "clash.xlsx", charts=False)
    before = closed_bytes(hq_path)
    with Database(hq_path) as hq:
        written = hq._connection.total_changes
        with pytest.raises(UserError) as refused:
            import_package(hq, tmp_path / "clash.xlsx")
        assert refused.value.code == "package-identity-clash"
        assert_translated(refused.value)
        assert hq._connection.total_changes - written >= 2  # mission and submission written
        assert len(hq.missions()) == 1
    assert closed_bytes(hq_path) == before


def test_cancel_after_hundreds_of_answers_rolls_back(tmp_path):
    with Database(tmp_path / "field.sqlite3") as field:
        answers = {f"people[{n}]/person": f"person {n}" for n in range(1, PEOPLE + 1)}
        seed(field, answers)
        export_package(field, tmp_path / "big.xlsx", charts=False)
    hq_path = tmp_path / "hq.sqlite3"
    with Database(hq_path) as hq:
        seed(hq, {"info/name": "here"}, author="Lead")
    before = closed_bytes(hq_path)
    cancel = threading.Event()
    merged: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        if label.startswith("merging"):
            merged.append(done)
            cancel.set()  # the user presses Cancel once answers are being written

    with Database(hq_path) as hq:
        written = hq._connection.total_changes
        with pytest.raises(Cancelled):
            import_package(hq, tmp_path / "big.xlsx", progress=progress, cancel=cancel)
        assert merged and merged[0] >= 500
        assert hq._connection.total_changes - written >= PEOPLE  # hundreds of answers written
        assert hq.query("SELECT count(*) AS n FROM answers")[0]["n"] == 1
    assert closed_bytes(hq_path) == before
    labels: list[str] = []
    with Database(hq_path) as hq:  # and the same package imports whole afterwards
        report = import_package(
            hq, tmp_path / "big.xlsx", progress=lambda _done, _total, label: labels.append(label)
        )
        assert report.added["answer"] == PEOPLE
    merging = [label for label in labels if label.startswith("merging")]
    assert merging == ["merging answers", "merging the audit log"]  # ticks 500 and 1000


def test_form_clash_found_after_the_first_form_was_added_rolls_back(tmp_path):
    """Forms merge one by one: a clash on the second must take the first back out."""
    last = load_form_bytes(TINY_FORM.replace(b"| tiny | 1 | Tiny form |", LAST), "zzz.md")
    with Database(tmp_path / "field.sqlite3") as field:
        seed(field, {"info/name": "x"})
        mission = field.missions()[0]
        store_form(field, last)
        field.create_submission(mission.uuid, "zzz", "1", "Dara")
        export_package(field, tmp_path / "two-forms.xlsx", charts=False)
    hq_path = tmp_path / "hq.sqlite3"
    with Database(hq_path) as hq:
        hq.save_form("zzz", "1", "Last form", "zzz.md", b"another source", "f" * 64)
    before = closed_bytes(hq_path)
    with Database(hq_path) as hq:
        written = hq._connection.total_changes
        with pytest.raises(UserError) as refused:
            import_package(hq, tmp_path / "two-forms.xlsx")
        assert refused.value.code == "form-version-clash"
        assert_translated(refused.value)
        assert hq._connection.total_changes > written
        assert [f.form_id for f in hq.form_records()] == ["zzz"]
    assert closed_bytes(hq_path) == before
