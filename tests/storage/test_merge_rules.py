"""Merge rules a package exchange rarely reaches: answers whose history was lost, the report,
a history longer than one batch.

An answer row can outlive its audit entry (a database from before the audit,
a repaired file).  Then "who saw whom" falls back to whether the value
appears in the other side's history of that answer.  These records are fed
to ``merge_package`` directly, on a real database file.
"""

from __future__ import annotations

from typing import Any

import pytest

from forms.errors import UserError
from storage import Database, Submission, merge
from storage.conflicts import list_conflicts
from storage.merge import BATCH, ImportReport, PackageRecords, merge_package

PATH = "info/code"
EARLY, LATE = "2099-01-01T00:00:01.000000Z", "2099-01-01T00:00:02.000000Z"


def records(answers: list[dict[str, Any]], audit: list[dict[str, Any]]) -> PackageRecords:
    return PackageRecords("package-1", "field-device", "hash-1", [], [], [], answers, audit)


def answer(submission: Submission, value: str | None, at: str) -> dict[str, Any]:
    return {
        "submission_uuid": submission.uuid,
        "path": PATH,
        "value": value,
        "updated_at": at,
        "updated_by": "Dara",
    }


def entry(submission: Submission, old: str | None, new: str | None, at: str) -> dict[str, Any]:
    return {
        "submission_uuid": submission.uuid,
        "path": PATH,
        "old_value": old,
        "new_value": new,
        "at": at,
        "by": "Dara",
        "device_uuid": "field-device",
    }


def answer_without_history(db: Database, submission: Submission, value: str, at: str) -> None:
    with db.transaction() as tx:
        tx.execute(
            "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
            " VALUES (?,?,?,?,?)",
            (submission.uuid, PATH, value, at, "Lead"),
        )


def test_package_that_replaced_a_value_without_history_applies(db, submission):
    answer_without_history(db, submission, "old", EARLY)
    package = records([answer(submission, "new", LATE)], [entry(submission, "old", "new", LATE)])
    report = merge_package(db, package, file_name="p.xlsx")
    assert db.answers(submission.uuid) == {PATH: "new"}
    assert (report.updated["answer"], report.conflicts) == (1, 0)
    assert list_conflicts(db) == []


def test_package_whose_history_once_held_the_local_value_applies(db, submission):
    answer_without_history(db, submission, "old", EARLY)
    history = [entry(submission, None, "old", EARLY), entry(submission, "old", "new", LATE)]
    merge_package(db, records([answer(submission, "new", LATE)], history), file_name="p.xlsx")
    assert db.answers(submission.uuid) == {PATH: "new"}


def test_package_value_without_history_that_local_replaced_stays_local(db, submission):
    db.save_answer(submission.uuid, PATH, "old", "Lead", at=EARLY)
    db.save_answer(submission.uuid, PATH, "new", "Lead", at=LATE)
    report = merge_package(db, records([answer(submission, "old", EARLY)], []), file_name="p.xlsx")
    assert db.answers(submission.uuid) == {PATH: "new"}
    assert (report.unchanged["answer"], report.conflicts) == (1, 0)


def test_values_unknown_to_each_other_without_history_are_a_conflict(db, submission):
    answer_without_history(db, submission, "local", EARLY)
    package = records([answer(submission, "theirs", LATE)], [])
    report = merge_package(db, package, file_name="p.xlsx")
    assert db.answers(submission.uuid) == {PATH: "local"}
    [conflict] = list_conflicts(db)
    assert (conflict.local_value, conflict.package_value, report.conflicts) == (
        "local",
        "theirs",
        1,
    )
    again = merge_package(db, package, file_name="p.xlsx")  # the same disagreement, once
    assert again.conflicts == 0 and len(list_conflicts(db)) == 1


def test_audit_entries_are_added_once(db, submission):
    history = [entry(submission, None, "a", EARLY), entry(submission, "a", "b", LATE)]
    package = records([answer(submission, "b", LATE)], history)
    first = merge_package(db, package, file_name="p.xlsx")
    assert (first.added["answer"], first.audit_added) == (1, 2)
    second = merge_package(db, package, file_name="p.xlsx")
    assert (second.audit_added, second.changed) == (0, False)
    assert [(e.old_value, e.new_value) for e in db.audit(submission.uuid)] == [
        (None, "a"),
        ("a", "b"),
    ]
    assert second.summary == "p.xlsx: already imported; nothing changed."
    imports = db.query("SELECT package_uuid, added, conflicts FROM imports")
    assert imports == [{"package_uuid": "package-1", "added": 1, "conflicts": 0}]


@pytest.mark.parametrize(
    ("report", "summary"),
    [
        (ImportReport("p.xlsx"), "p.xlsx: already imported; nothing changed."),
        (ImportReport("p.xlsx", audit_added=3), "p.xlsx: merged the history."),
        (
            ImportReport("p.xlsx", conflicts=1, edits_accepted=1),
            "p.xlsx: 1 conflict to resolve (fieldwheel conflicts); took 1 hand edit.",
        ),
        (
            ImportReport("p.xlsx", conflicts=2, edits_accepted=2),
            "p.xlsx: 2 conflicts to resolve (fieldwheel conflicts); took 2 hand edits.",
        ),
    ],
)
def test_report_sentences(report: ImportReport, summary: str):
    assert report.summary == summary


def test_report_counts_each_kind_in_order():
    report = ImportReport("p.xlsx")
    report.added.update({"answer": 2, "form": 1, "submission": 1})
    report.updated.update({"mission": 1})
    assert report.summary == ("p.xlsx: added 1 form, 1 submission, 2 answers; updated 1 mission.")


def _refused_twice(db: Database, package: PackageRecords) -> None:
    before = db.query("SELECT submission_uuid, path, value FROM answers")
    with pytest.raises(UserError) as error:
        merge_package(db, package, file_name="p.xlsx")
    assert error.value.code == "package-answer-twice"
    assert PATH in error.value.message and "twice" in error.value.message
    assert db.query("SELECT submission_uuid, path, value FROM answers") == before
    assert db.query("SELECT seq FROM audit") == [] and list_conflicts(db) == []


@pytest.mark.parametrize("batch", [2_000, 1])
def test_an_answer_listed_twice_is_refused(db, submission, monkeypatch, batch):
    monkeypatch.setattr(merge, "BATCH", batch)  # 1: the copy comes in the next batch
    for second in ("same", "other"):
        answers = [answer(submission, "same", EARLY), answer(submission, second, LATE)]
        _refused_twice(db, records(answers, [entry(submission, None, "same", EARLY)]))


def test_an_answer_listed_twice_out_of_order_is_refused(db, mission, submission):
    other = db.create_submission(mission.uuid, "tiny", "1", "Dara")
    elsewhere = dict(answer(submission, "b", EARLY), path="info/name")
    answers = [answer(submission, "a", EARLY), answer(other, "x", EARLY), elsewhere]
    report = merge_package(db, records(answers, []), file_name="p.xlsx")  # in any order, once
    assert report.added["answer"] == 3
    assert db.answers(submission.uuid) == {PATH: "a", "info/name": "b"}
    with db.transaction() as tx:
        tx.execute("DELETE FROM answers")
    _refused_twice(db, records([*answers, answer(submission, "a", EARLY)], []))


def test_a_history_longer_than_one_batch_is_merged_whole_and_once(db, submission):
    stamps = [f"2099-01-01T00:00:00.{n:06d}Z" for n in range(BATCH + 2)]
    values = [None, *(f"v{n}" for n in range(len(stamps)))]
    history = [entry(submission, values[n], values[n + 1], at) for n, at in enumerate(stamps)]
    package = records([answer(submission, values[-1], stamps[-1])], history)
    report = merge_package(db, package, file_name="p.xlsx")
    assert report.audit_added == len(history)
    assert [e.new_value for e in db.audit(submission.uuid)] == values[1:]
    assert merge_package(db, package, file_name="p.xlsx").audit_added == 0


def test_each_new_form_is_added_and_counted(db):
    forms = [
        {
            "form_id": f"f{n}",
            "version": "1",
            "title": f"Form {n}",
            "source_name": f"f{n}.md",
            "source": b"| survey |",
            "sha256": str(n) * 64,
            "added_at": EARLY,
        }
        for n in (1, 2)
    ]
    package = PackageRecords("package-1", "field-device", "hash-1", forms, [], [], [], [])
    report = merge_package(db, package, file_name="p.xlsx")
    assert report.summary == "p.xlsx: added 2 forms."
    assert [f.form_id for f in db.form_records()] == ["f1", "f2"]
