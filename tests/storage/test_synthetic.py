"""The synthetic mission: the rows it writes are the rows the form filler would write."""

from __future__ import annotations

from collections import Counter

import pytest

from forms.library import load_builtin
from storage import Database
from storage.editing import SubmissionEditor, store_form
from storage.synthetic import REVIEWER, build_synthetic, make_respondent

RESPONDENTS = 40


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    db = Database(tmp_path_factory.mktemp("synthetic") / "synthetic.sqlite3")
    mission, added = build_synthetic(db, RESPONDENTS)
    yield db, mission, added
    db.close()


def _rows(db: Database, uuid: str) -> tuple:
    submission = db.query(
        "SELECT status, author, created_at, updated_at FROM submissions WHERE uuid=?", (uuid,)
    )
    answers = db.query(
        "SELECT path, value, updated_at, updated_by FROM answers WHERE submission_uuid=?"
        " ORDER BY path",
        (uuid,),
    )
    audit = db.query(
        "SELECT path, old_value, new_value, at, by FROM audit WHERE submission_uuid=?"
        " ORDER BY path, at",
        (uuid,),
    )
    return submission, answers, audit


@pytest.mark.parametrize("index", [0, 5, 7, 9, 19, 20, 39])
def test_rows_are_what_the_form_filler_writes(synthetic, tmp_path, index):
    """Replaying the respondent through FormState (as the window would) gives the same rows."""
    db, mission, _ = synthetic
    form = load_builtin("diagnostic")
    person = make_respondent(form, RESPONDENTS, index)
    with Database(tmp_path / "replayed.sqlite3") as replayed:
        store_form(replayed, form)
        replayed.create_mission(
            "KEN", mission.title, mission.phase, uuid=mission.uuid, at=mission.created_at
        )
        submission = replayed.create_submission(
            mission.uuid,
            form.id,
            form.version,
            person.author,
            uuid=person.uuid,
            at=person.created_at,
        )
        editor = SubmissionEditor(replayed, submission, form, by=person.author)
        first = {path: old for path, old, _ in person.revisions}
        for path, value in person.answers.items():
            editor.set(path, first.get(path, value), at=person.created_at)
        assert editor.state.answers == {
            path: first.get(path, value) for path, value in person.answers.items()
        }
        if person.status == "complete":
            assert editor.state.validate() == []
            replayed.set_status(person.uuid, "complete", at=person.created_at)
        else:
            assert editor.state.validate() != []
        reviewer = SubmissionEditor(replayed, replayed.submission(person.uuid), form, by=REVIEWER)
        for path, _old, new in person.revisions:
            reviewer.set(path, new, at=person.updated_at)
        assert _rows(replayed, person.uuid) == _rows(db, person.uuid)


def test_the_mission_spans_rounds_groups_and_statuses(synthetic):
    db, mission, added = synthetic
    assert added == RESPONDENTS
    assert db.mission(mission.uuid).submission_count == RESPONDENTS
    groups = Counter()
    rounds = Counter()
    for submission in db.submissions(mission.uuid):
        answers = db.answers(submission.uuid)
        groups[answers["respondent/stakeholder_group"]] += 1
        rounds[answers["respondent/assessment_round"]] += 1
    assert len(groups) == 8
    assert rounds == {"baseline": RESPONDENTS // 2, "follow_up": RESPONDENTS // 2}
    statuses = Counter(s.status for s in db.submissions(mission.uuid))
    assert statuses["draft"] and statuses["complete"] > statuses["draft"]


def test_a_second_run_adds_nothing_and_is_deterministic(synthetic, tmp_path):
    db, mission, _ = synthetic
    again, added = build_synthetic(db, RESPONDENTS)
    assert (again.uuid, added) == (mission.uuid, 0)
    with Database(tmp_path / "other.sqlite3") as other:
        build_synthetic(other, RESPONDENTS)
        query = "SELECT submission_uuid, path, value, updated_at FROM answers ORDER BY 1, 2"
        assert other.query(query) == db.query(query)


def test_the_command_line_builds_it(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    target = tmp_path / "cli.sqlite3"
    command = [sys.executable, str(root / "main.py"), "--db", str(target), "demo"]
    done = subprocess.run(
        [*command, "--respondents", "3"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "added 3 respondents" in done.stdout
    refused = subprocess.run(
        [*command, "--respondents", "0"], capture_output=True, text=True, check=False
    )
    assert refused.returncode == 2 and "at least 1" in refused.stderr


def test_its_answers_are_searchable_as_if_typed(synthetic):
    """Written in bulk and indexed once after, the index is what autosave would have built."""
    from tests.storage.search.conftest import assert_index_in_step, found

    db, _mission, _added = synthetic
    assert len(found(db, "respondent", limit=1000)) > RESPONDENTS
    assert_index_in_step(db)
