"""Merging packages: newer edits apply, divergent edits become conflicts, nothing is lost."""

from __future__ import annotations

import pytest

from exports.package.importing import import_package
from exports.package.write import export_package
from forms.errors import UserError
from storage import Database
from storage.conflicts import list_conflicts, resolve_conflict
from tests.exports.package.support import SAMPLE, dump, seed


@pytest.fixture
def sides(tmp_path, hq_location):
    field = Database(tmp_path / "field.sqlite3")
    hq = Database(hq_location)
    _, submission = seed(field, SAMPLE)
    export_package(field, tmp_path / "p1.xlsx", charts=False)
    import_package(hq, tmp_path / "p1.xlsx")
    yield field, hq, submission.uuid, tmp_path
    field.close()
    hq.close()


def test_newer_package_applies_its_edits(sides):
    field, hq, uuid, tmp = sides
    field.save_answer(uuid, "info/name", "renamed", "Dara")
    field.save_answer(uuid, "info/code", None, "Dara")
    export_package(field, tmp / "p2.xlsx", charts=False)
    report = import_package(hq, tmp / "p2.xlsx")
    assert report.updated["answer"] == 2 and report.conflicts == 0
    assert hq.answers(uuid) == field.answers(uuid)
    assert len(hq.audit(uuid)) == len(field.audit(uuid))
    assert import_package(hq, tmp / "p1.xlsx").updated["answer"] == 0  # older package: no effect
    assert hq.answers(uuid)["info/name"] == "renamed"


def test_local_newer_edit_stays(sides):
    _field, hq, uuid, tmp = sides
    hq.save_answer(uuid, "info/name", "fixed at HQ", "Lead")
    report = import_package(hq, tmp / "p1.xlsx")
    assert not report.changed
    assert hq.answers(uuid)["info/name"] == "fixed at HQ"


def test_divergent_edits_become_a_conflict_and_nothing_is_lost(sides):
    field, hq, uuid, tmp = sides
    field.save_answer(uuid, "info/code", "FIELD", "Dara")
    hq.save_answer(uuid, "info/code", "HQ", "Lead")
    export_package(field, tmp / "p3.xlsx", charts=False)
    report = import_package(hq, tmp / "p3.xlsx")
    assert report.conflicts == 1
    assert hq.answers(uuid)["info/code"] == "HQ"  # nothing overwritten
    [conflict] = list_conflicts(hq)
    assert (conflict.local_value, conflict.package_value) == ("HQ", "FIELD")
    assert (conflict.local_updated_by, conflict.package_updated_by) == ("Lead", "Dara")
    assert any(e.new_value == "FIELD" for e in hq.audit(uuid))  # the field's history arrived

    before = dump(hq.path)
    assert not import_package(hq, tmp / "p3.xlsx").changed  # the same conflict is not re-added
    assert dump(hq.path) == before

    resolved = resolve_conflict(hq, conflict.id, "package", by="Chief")
    assert resolved.resolution == "package" and resolved.resolved_value == "FIELD"
    assert hq.answers(uuid)["info/code"] == "FIELD"
    assert hq.audit(uuid)[-1].by == "Chief"
    assert list_conflicts(hq) == []
    assert not import_package(hq, tmp / "p3.xlsx").changed

    export_package(hq, tmp / "back.xlsx", charts=False)
    back = import_package(field, tmp / "back.xlsx")
    assert back.conflicts == 0
    assert field.answers(uuid) == hq.answers(uuid)


@pytest.mark.parametrize(
    ("choose", "value", "expected"),
    [("local", None, "HQ"), ("value", "typed value", "typed value"), ("value", "local", "local")],
)
def test_conflict_resolved_with_local_or_a_new_value(sides, choose, value, expected):
    field, hq, uuid, tmp = sides
    field.save_answer(uuid, "info/code", "FIELD", "Dara")
    hq.save_answer(uuid, "info/code", "HQ", "Lead")
    export_package(field, tmp / "p3.xlsx", charts=False)
    import_package(hq, tmp / "p3.xlsx")
    [conflict] = list_conflicts(hq)
    resolve_conflict(hq, conflict.id, choose, by="Chief", value=value)
    assert hq.answers(uuid)["info/code"] == expected
    with pytest.raises(UserError) as error:
        resolve_conflict(hq, conflict.id, "local", by="Chief")
    assert error.value.code == "conflict-resolved"


def test_new_submission_and_mission_are_added_alongside_existing(sides):
    field, hq, _uuid, tmp = sides
    mission = field.create_mission("LAO", "Laos diagnostic", "initiation")
    other = field.create_submission(mission.uuid, "tiny", "1", "Noy")
    field.save_answers(other.uuid, {"info/name": "Vientiane"}, "Noy")
    export_package(field, tmp / "p4.xlsx", charts=False)
    report = import_package(hq, tmp / "p4.xlsx")
    assert (report.added["mission"], report.added["submission"], report.added["answer"]) == (
        1,
        1,
        1,
    )
    assert {m.title for m in hq.missions()} == {"Cambodia diagnostic", "Laos diagnostic"}


def test_deleted_submission_travels(sides):
    field, hq, uuid, tmp = sides
    field.delete_submission(uuid)
    export_package(field, tmp / "p5.xlsx", charts=False)
    import_package(hq, tmp / "p5.xlsx")
    with pytest.raises(UserError):
        hq.submission(uuid)


def test_progress_is_reported_and_cancel_before_reading_changes_nothing(sides):
    """A cancel during the merge itself is in test_rollback."""
    import threading

    from forms.errors import Cancelled

    _field, _hq, _uuid, tmp = sides
    empty = Database(tmp / "empty.sqlite3")
    calls = []
    import_package(empty, tmp / "p1.xlsx", progress=lambda d, t, label: calls.append(label))
    assert calls
    other = Database(tmp / "other.sqlite3")
    before = dump(tmp / "other.sqlite3")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        import_package(other, tmp / "p1.xlsx", cancel=cancel)
    assert dump(tmp / "other.sqlite3") == before
    empty.close()
    other.close()
