"""Repository writes keep every field they are given: mission edits, stamps, discards."""

from __future__ import annotations

from storage import Database, Mission, Submission

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
