"""Conflicts: recorded once, superseded by a newer disagreement, resolved as a person's edit."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage import Database, Submission
from storage.conflicts import list_conflicts, record_conflict, resolve_conflict
from tests.exports.package.support import seed

PATH = "info/code"
LOCAL = ("HQ", "2099-01-01T00:00:01.000000Z", "Lead")


def disagree(db: Database, submission: Submission, value: str | None, at: str) -> bool:
    with db.transaction() as tx:
        return record_conflict(
            tx, submission.uuid, PATH, LOCAL, (value, at, "Dara"), "package-1", "field-device"
        )


@pytest.fixture
def conflicted(db: Database, submission: Submission) -> Submission:
    db.save_answer(submission.uuid, PATH, "HQ", "Lead", at=LOCAL[1])
    assert disagree(db, submission, "FIELD", "2099-01-01T00:00:02.000000Z")
    return submission


def test_a_conflict_keeps_both_sides(db, conflicted):
    [conflict] = list_conflicts(db)
    assert (conflict.submission_uuid, conflict.path) == (conflicted.uuid, PATH)
    assert (conflict.local_value, conflict.local_updated_at, conflict.local_updated_by) == LOCAL
    assert (conflict.package_value, conflict.package_updated_by) == ("FIELD", "Dara")
    assert (conflict.package_uuid, conflict.package_device_uuid) == ("package-1", "field-device")
    assert conflict.resolved_at is None and conflict.detected_at
    assert db.answers(conflicted.uuid) == {PATH: "HQ"}


def test_the_same_disagreement_is_recorded_once(db, conflicted):
    assert not disagree(db, conflicted, "FIELD", "2099-01-01T00:00:02.000000Z")
    assert len(list_conflicts(db)) == 1
    assert disagree(db, conflicted, "FIELD", "2099-01-01T00:00:03.000000Z")  # a newer edit


def test_a_newer_disagreement_supersedes_the_open_one(db, conflicted):
    assert disagree(db, conflicted, "FIELD 2", "2099-01-01T00:00:03.000000Z")
    [open_one] = list_conflicts(db)
    assert open_one.package_value == "FIELD 2"
    old, new = list_conflicts(db, include_resolved=True)
    assert (old.package_value, old.resolution, old.resolved_by) == (
        "FIELD",
        "superseded",
        "fieldwheel",
    )
    assert old.resolved_at is not None and new.resolved_at is None


def test_resolving_with_the_package_value_is_an_edit_by_the_resolver(db, conflicted):
    [conflict] = list_conflicts(db)
    before = len(db.audit(conflicted.uuid))
    resolved = resolve_conflict(db, conflict.id, "package", by="  Chief  ")
    assert (resolved.resolution, resolved.resolved_value, resolved.resolved_by) == (
        "package",
        "FIELD",
        "Chief",
    )
    assert resolved.resolved_at is not None
    assert db.answers(conflicted.uuid) == {PATH: "FIELD"}
    trail = db.audit(conflicted.uuid)
    assert len(trail) == before + 1
    last = trail[-1]
    assert (last.old_value, last.new_value, last.device_uuid) == ("HQ", "FIELD", db.device_uuid)
    assert last.by.strip() == "Chief"
    [row] = db.answer_rows(conflicted.uuid)
    assert (row.updated_at, row.updated_by) == (last.at, last.by)
    assert db.submission(conflicted.uuid).updated_at == last.at
    assert list_conflicts(db) == []
    assert list_conflicts(db, include_resolved=True) == [resolved]


def test_keeping_the_local_value_writes_no_edit(db, conflicted):
    [conflict] = list_conflicts(db)
    before = db.audit(conflicted.uuid)
    updated = db.submission(conflicted.uuid).updated_at
    resolved = resolve_conflict(db, conflict.id, "local", by="Chief")
    assert (resolved.resolution, resolved.resolved_value) == ("local", "HQ")
    assert db.audit(conflicted.uuid) == before
    assert db.submission(conflicted.uuid).updated_at == updated


@pytest.mark.parametrize(
    ("choose", "by", "code"),
    [("mine", "Chief", "conflict-bad-choice"), ("local", "   ", "conflict-needs-name")],
)
def test_bad_requests_change_nothing(db, conflicted, choose, by, code):
    [conflict] = list_conflicts(db)
    with pytest.raises(UserError) as refused:
        resolve_conflict(db, conflict.id, choose, by=by)
    assert refused.value.code == code
    assert list_conflicts(db) == [conflict]


def test_unknown_and_resolved_conflicts_are_refused(db, conflicted):
    [conflict] = list_conflicts(db)
    with pytest.raises(UserError) as unknown:
        resolve_conflict(db, conflict.id + 1, "local", by="Chief")
    assert unknown.value.code == "unknown-conflict"
    resolve_conflict(db, conflict.id, "local", by="Chief")
    with pytest.raises(UserError) as resolved:
        resolve_conflict(db, conflict.id, "package", by="Chief")
    assert resolved.value.code == "conflict-resolved"
    assert db.answers(conflicted.uuid) == {PATH: "HQ"}


def test_refusals_are_sentences_that_name_what_was_wrong(db, conflicted):
    [conflict] = list_conflicts(db)
    cases = [
        ({"choose": "mine", "by": "Chief"}, "mine"),
        ({"choose": "local", "by": " "}, "--by NAME"),
        ({"choose": "local", "by": "Chief", "conflict_id": conflict.id + 7}, str(conflict.id + 7)),
    ]
    for arguments, named in cases:
        conflict_id = arguments.pop("conflict_id", conflict.id)
        with pytest.raises(UserError) as refused:
            resolve_conflict(db, conflict_id, **arguments)
        assert named in refused.value.message and refused.value.message.endswith(".")
    with pytest.raises(UserError) as nameless:
        resolve_conflict(db, conflict.id, "local", by="")
    assert nameless.value.message == "Say who resolves the conflict (--by NAME)."
    resolve_conflict(db, conflict.id, "local", by="Chief")
    with pytest.raises(UserError) as twice:
        resolve_conflict(db, conflict.id, "local", by="Chief")
    assert str(conflict.id) in twice.value.message


def test_a_conflict_on_an_answer_never_given_here_resolves_to_the_package(db, submission):
    assert disagree(db, submission, "FIELD", "2099-01-01T00:00:02.000000Z")
    [conflict] = list_conflicts(db)
    resolved = resolve_conflict(db, conflict.id, "package", by="Chief")
    assert resolved.resolved_value == "FIELD"
    assert db.answers(submission.uuid) == {PATH: "FIELD"}
    assert db.audit(submission.uuid)[-1].old_value is None


def test_a_typed_value_for_an_unknown_conflict_is_refused(db, conflicted):
    with pytest.raises(UserError) as refused:
        resolve_conflict(db, 999, "value", by="Chief", value="typed")
    assert refused.value.code == "unknown-conflict"
    assert "999" in refused.value.message


def test_a_typed_value_the_form_refuses_names_its_code(tmp_path):
    with Database(tmp_path / "form.sqlite3") as db:
        _, submission = seed(db, {"info/count": "1"})
        with db.transaction() as tx:
            record_conflict(
                tx,
                submission.uuid,
                "info/count",
                ("1", None, None),
                ("2", LOCAL[1], "Dara"),
                "package-1",
                "field-device",
            )
        [conflict] = list_conflicts(db)
        with pytest.raises(UserError) as refused:
            resolve_conflict(db, conflict.id, "value", by="Chief", value="-4")
        assert refused.value.code == "conflict-invalid-value"
        assert db.answers(submission.uuid) == {"info/count": "1"}
        resolve_conflict(db, conflict.id, "value", by="Chief", value="3")
        assert db.answers(submission.uuid) == {"info/count": "3"}
