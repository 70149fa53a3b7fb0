"""Records refused in one sentence that names what is missing, and nothing written;
and the values a record gets when a field is left out."""

from __future__ import annotations

import pytest

from forms.errors import UserError
from storage import Database

FORM = ("tiny", "1", "Tiny", "tiny.md", b"| survey |", "0" * 64)


def counts(db: Database) -> dict[str, int]:
    return {
        table: db.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]
        for table in ("missions", "forms", "submissions", "answers", "audit")
    }


def refusal(call, *args, **kwargs) -> UserError:
    with pytest.raises(UserError) as refused:
        call(*args, **kwargs)
    return refused.value


def test_an_unknown_or_deleted_mission_is_named(db):
    error = refusal(db.mission, "no-such-uuid")
    assert (error.code, error.message, error.context) == (
        "unknown-mission",
        "There is no mission no-such-uuid.",
        {"uuid": "no-such-uuid"},
    )
    mission = db.create_mission("KHM", "Gone", "strategy")
    db.delete_mission(mission.uuid)
    assert refusal(db.mission, mission.uuid).code == "unknown-mission"
    edit = refusal(db.update_mission, mission.uuid, country="KHM", title="B", phase="strategy")
    assert edit.code == "unknown-mission"


def test_an_unknown_or_deleted_submission_is_named(db, submission):
    error = refusal(db.submission, "no-such-uuid")
    assert (error.code, error.message, error.context) == (
        "unknown-submission",
        "There is no submission no-such-uuid.",
        {"uuid": "no-such-uuid"},
    )
    db.delete_submission(submission.uuid)
    assert refusal(db.submission, submission.uuid).code == "unknown-submission"


def test_a_submission_needs_a_live_mission_and_a_stored_form(db, mission):
    before = counts(db)
    error = refusal(db.create_submission, mission.uuid, "tiny", "1", "Sok")
    assert (error.code, error.message) == (
        "unknown-form",
        "Form tiny version 1 is not stored in this database.",
    )
    db.save_form(*FORM)
    other = db.create_mission("KHM", "Other", "strategy")
    db.delete_mission(other.uuid)
    assert refusal(db.create_submission, other.uuid, "tiny", "1", "Sok").code == "unknown-mission"
    assert counts(db) == {**before, "forms": 1, "missions": before["missions"] + 1}


def test_a_submission_without_an_author_is_credited_to_unknown(db, mission):
    db.save_form(*FORM)
    assert db.create_submission(mission.uuid, "tiny", "1", "   ").author == "unknown"
    assert db.create_submission(mission.uuid, "tiny", "1", " Dara ").author == "Dara"


def test_a_changed_form_under_a_stored_version_is_refused(db):
    stored = db.save_form(*FORM)
    assert db.save_form(*FORM) == stored
    before = counts(db)
    error = refusal(db.save_form, "tiny", "1", "Tiny", "tiny.md", b"| changed |", "1" * 64)
    assert (error.code, error.message, error.context) == (
        "form-version-clash",
        "Form tiny version 1 is already stored with different content; give the changed "
        "form a new version in its settings sheet.",
        {"form_id": "tiny", "version": "1"},
    )
    assert counts(db) == before
    assert db.form_record("tiny", "1").source == b"| survey |"


def test_a_mission_left_without_dates_team_or_notes(db):
    mission = db.create_mission("KHM", "Bare", "strategy")
    assert (mission.start_date, mission.end_date, mission.team, mission.notes) == (
        None,
        None,
        (),
        "",
    )


def test_team_members_are_trimmed_and_blanks_dropped(db):
    mission = db.create_mission("KHM", "Team", "strategy", team=[" Sok ", "", "  ", "Dara"])
    assert mission.team == ("Sok", "Dara")
    assert db.mission(mission.uuid).team == ("Sok", "Dara")


def test_an_end_date_before_the_start_is_refused_and_the_same_day_is_fine(db, mission):
    before = counts(db)
    error = refusal(
        db.create_mission, "KHM", "Back", "strategy", start_date="2026-03-02", end_date="2026-03-01"
    )
    assert (error.code, error.message) == (
        "dates-reversed",
        "The mission's end date is before its start date.",
    )
    updated = refusal(
        db.update_mission,
        mission.uuid,
        country="KHM",
        title="Back",
        phase="strategy",
        start_date="2026-03-02",
        end_date="2026-03-01",
    )
    assert updated.code == "dates-reversed"
    assert counts(db) == before
    assert db.mission(mission.uuid).title == mission.title
    same = db.create_mission(
        "KHM", "One day", "strategy", start_date="2026-03-02", end_date="2026-03-02"
    )
    assert (same.start_date, same.end_date) == ("2026-03-02", "2026-03-02")
    only_end = db.create_mission("KHM", "Open start", "strategy", end_date="2026-03-02")
    assert (only_end.start_date, only_end.end_date) == (None, "2026-03-02")


def test_a_blank_author_name_is_refused_in_plain_words(db):
    db.set_author("Sok")
    error = refusal(db.set_author, "  \t ")
    assert (error.code, error.message) == (
        "author-needs-name",
        "Give a name to credit your edits to.",
    )
    assert db.author() == "Sok"


def test_answers_for_a_deleted_submission_are_refused_in_plain_words(db, submission):
    db.delete_submission(submission.uuid)
    error = refusal(db.save_answers, submission.uuid, {"a": "1"}, "Sok")
    assert (error.code, error.message) == (
        "unknown-submission",
        f"There is no submission {submission.uuid}.",
    )
    assert db.query("SELECT count(*) AS n FROM answers")[0]["n"] == 0


def test_a_mission_keeps_its_notes_and_names_a_bad_date_field(db):
    mission = db.create_mission("KHM", "Noted", "strategy", notes="Kick-off in Phnom Penh")
    assert db.mission(mission.uuid).notes == "Kick-off in Phnom Penh"
    for field, dates in (
        ("start date", {"start_date": "2026-02-30"}),
        ("end date", {"end_date": "soon"}),
    ):
        error = refusal(db.create_mission, "KHM", "Bad", "strategy", **dates)
        value = next(iter(dates.values()))
        assert (error.code, error.message) == (
            "invalid-date",
            f"The {field} {value!r} is not a date like 2026-11-23.",
        )
