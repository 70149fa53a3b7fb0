"""Values as stored: an empty answer is a cleared one, and a value typed to settle a
conflict is checked against the submission's other answers, as the form would."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from forms.xlsform.load import load_form
from storage import Database
from storage.conflicts import list_conflicts, record_conflict, resolve_conflict
from storage.editing import store_form

FORM = """\
| survey | | | | |
| | type | name | label | constraint |
| | integer | limit | Limit | |
| | integer | count | Count | . <= ${limit} |
"""


def test_an_empty_answer_is_stored_as_cleared(db, submission):
    db.save_answers(submission.uuid, {"a": "1", "b": "2"}, "Sok")
    assert db.save_answers(submission.uuid, {"a": "", "b": None}, "Sok") == 2
    assert db.answers(submission.uuid) == {}
    assert [(row.path, row.value) for row in db.answer_rows(submission.uuid)] == [
        ("a", None),
        ("b", None),
    ]
    assert db.save_answers(submission.uuid, {"a": "", "c": ""}, "Sok") == 0


def test_a_typed_conflict_value_meets_a_constraint_on_another_answer(
    db: Database, mission, tmp_path
):
    path = tmp_path / "limits.md"
    path.write_text(FORM)
    form = load_form(path)
    store_form(db, form)
    submission = db.create_submission(mission.uuid, form.id, form.version, "Sok")
    db.save_answers(submission.uuid, {"limit": "5", "count": "3"}, "Sok")
    with db.transaction() as tx:
        record_conflict(
            tx,
            submission.uuid,
            "count",
            ("3", "2026-01-01T00:00:00.000000Z", "Sok"),
            ("2", "2026-01-02T00:00:00.000000Z", "Dara"),
            "package-1",
            "field-device",
        )
    [conflict] = list_conflicts(db)
    with pytest.raises(UserError) as refused:
        resolve_conflict(db, conflict.id, "value", by="Chief", value="9")
    assert refused.value.code == "conflict-invalid-value"
    assert db.answers(submission.uuid) == {"limit": "5", "count": "3"}
    resolve_conflict(db, conflict.id, "value", by="Chief", value="4")
    assert db.answers(submission.uuid) == {"limit": "5", "count": "4"}


def test_an_unchanged_answer_does_not_stop_the_others_being_saved(db, submission):
    db.save_answers(submission.uuid, {"a": "1", "b": "2"}, "Sok")
    assert db.save_answers(submission.uuid, {"a": "1", "b": "3", "c": "4"}, "Sok") == 2
    assert db.answers(submission.uuid) == {"a": "1", "b": "3", "c": "4"}
