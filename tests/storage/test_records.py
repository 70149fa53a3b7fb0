"""Repository writes keep every field they are given: mission edits, stamps, discards."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage import Database, Mission, Submission
from storage.editing import stored_form

STAMP = "2099-01-01T00:00:01.000000Z"


def test_update_mission_keeps_dates_notes_and_clears_what_is_left_out(db: Database, mission):
    updated = db.update_mission(
        mission.uuid,
        country="KHM",
        title="Dates and notes",
        phase="strategy",
        start_date="2026-01-05",
        end_date="2026-02-01",
        team=["Sok"],
        notes="Second visit",
    )
    assert (updated.start_date, updated.end_date, updated.notes) == (
        "2026-01-05",
        "2026-02-01",
        "Second visit",
    )
    assert updated.team == ("Sok",) and updated.updated_at > mission.updated_at
    plain = db.update_mission(mission.uuid, country="KHM", title="Plain", phase="strategy")
    assert (plain.start_date, plain.end_date, plain.notes, plain.team) == (None, None, "", ())


def test_save_answer_keeps_the_given_stamp(db: Database, submission: Submission):
    assert db.save_answer(submission.uuid, "q", "1", "Sok", at=STAMP)
    [row] = db.answer_rows(submission.uuid)
    assert (row.value, row.updated_at, row.updated_by) == ("1", STAMP, "Sok")
    assert db.audit(submission.uuid)[-1].at == STAMP
    assert db.submission(submission.uuid).updated_at == STAMP


def _draft(db: Database, mission: Mission) -> Submission:
    return db.create_submission(mission.uuid, "tiny", "1", "Sok")


def test_discarding_one_untouched_submission_leaves_the_others(
    db: Database, mission: Mission, submission: Submission
):
    other = _draft(db, mission)
    answered = _draft(db, mission)
    db.save_answer(answered.uuid, "q", "1", "Sok")
    assert db.discard_if_untouched(submission.uuid) == 1
    assert [s.uuid for s in db.submissions(mission.uuid)] == [other.uuid, answered.uuid]
    assert db.discard_if_untouched(answered.uuid) == 0
    assert db.discard_if_untouched() == 1  # every untouched one of this device: ``other``
    assert [s.uuid for s in db.submissions(mission.uuid)] == [answered.uuid]


def test_a_completed_or_repeated_submission_is_not_untouched(db: Database, mission: Mission):
    db.save_form("tiny", "1", "Tiny form", "tiny.md", b"| survey |", "0" * 64)
    complete = _draft(db, mission)
    db.set_status(complete.uuid, "complete")
    sized = _draft(db, mission)
    db.save_answers(sized.uuid, {}, "Sok", repeat_sizes={"people": 1})
    assert db.discard_if_untouched() == 0
    assert len(db.submissions(mission.uuid)) == 2


def test_audit_without_a_submission_lists_every_entry(db: Database, mission, submission):
    other = db.create_submission(mission.uuid, "tiny", "1", "Dara")
    db.save_answer(submission.uuid, "q", "1", "Sok")
    db.save_answer(other.uuid, "q", "2", "Dara")
    assert [e.submission_uuid for e in db.audit()] == [submission.uuid, other.uuid]
    assert [e.new_value for e in db.audit(other.uuid)] == ["2"]


def test_form_records_lists_every_stored_form_by_id(db: Database):
    db.save_form("zeta", "1", "Zeta", "zeta.md", b"z", "1" * 64)
    db.save_form("alpha", "2", "Alpha", "alpha.md", b"a", "2" * 64)
    assert [(f.form_id, f.version, f.source) for f in db.form_records()] == [
        ("alpha", "2", b"a"),
        ("zeta", "1", b"z"),
    ]


def test_an_unknown_status_is_refused(db: Database, submission: Submission):
    with pytest.raises(UserError) as refused:
        db.set_status(submission.uuid, "finished")
    assert refused.value.code == "invalid-status"
    assert "'finished'" in refused.value.message
    assert db.submission(submission.uuid).status == "draft"


def test_a_submission_whose_form_is_not_stored_cannot_be_opened(db: Database, submission):
    ghost = submission._replace(form_id="ghost", form_version="9")
    with pytest.raises(UserError) as refused:
        stored_form(db, ghost)
    assert refused.value.code == "unknown-form"
    message = refused.value.message
    assert "ghost" in message and "9" in message and message.endswith("cannot be opened.")
    assert message[0] == "F"
