"""The mission's wheel scored in bulk gives the numbers scoring each respondent alone gives."""

from __future__ import annotations

import sqlite3
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.wheel.mission import MissionWheel, mission_wheel
from forms.library import load_builtin
from forms.wheel.scores import aggregate, combine, score
from forms.wheel.structure import Wheel
from storage import Database
from storage.editing import store_form
from storage.synthetic import build_synthetic

ROUND = "respondent/assessment_round"


def per_respondent(db: Database, mission_uuid: str, wheel: Wheel) -> tuple:
    """What the mission's wheel must be, one respondent at a time (no deleted submission)."""
    answers = [
        (db.answers(s.uuid), s.updated_at)
        for s in db.submissions(mission_uuid)
        if s.form_id == "diagnostic"
    ]
    current = [a for a, _ in answers if a.get(ROUND) != "baseline"]
    baseline = [a for a, _ in answers if a.get(ROUND) == "baseline"]
    if not current:
        current, baseline = baseline, []
    return (
        combine(wheel, [score(wheel, a) for a in current]),
        combine(wheel, [score(wheel, a) for a in baseline]) if baseline else None,
        aggregate(wheel, current) if len(current) > 1 else None,
        len(current),
        max(stamp for _, stamp in answers)[:10],
    )


def bulk(combined: MissionWheel) -> tuple:
    return (
        combined.current,
        combined.baseline,
        combined.spread,
        combined.respondents,
        combined.latest,
    )


def test_a_synthetic_mission_scores_as_its_respondents_do(tmp_path):
    """Both rounds, drafts, a deleted interview and one with no wheel answer at all."""
    with Database(tmp_path / "synthetic.sqlite3") as db:
        mission, _added = build_synthetic(db, 150)
        submissions = db.submissions(mission.uuid)
        db.delete_submission(submissions[3].uuid)
        empty = submissions[5].uuid
        raw = sqlite3.connect(db.path)
        with raw:
            raw.execute("DELETE FROM answers WHERE submission_uuid = ?", (empty,))
        raw.close()
        combined = mission_wheel(db, mission.uuid)
        expected = per_respondent(db, mission.uuid, combined.wheel)
    assert combined.baseline is not None and combined.spread is not None
    assert bulk(combined) == expected


_FORM = load_builtin("diagnostic")
_WHEEL = Wheel.from_form(_FORM)
_QUESTIONS = [q for block in _WHEEL.blocks for q in block.questions]
_ODD = ["1", "2", "3", "4", "5", " 3", "4 ", "dk", "0", "6", "2.5", "abc", "1e1", "nan", "-inf"]
_MISSIONS = count()


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    path = tmp_path_factory.mktemp("bulk") / "bulk.sqlite3"
    with Database(path) as db:
        store_form(db, _FORM)
    return path


respondents_answers = st.lists(
    st.tuples(
        st.sampled_from(["baseline", "follow_up", "", "1"]),
        st.lists(
            st.tuples(
                st.sampled_from(range(len(_QUESTIONS))),
                st.one_of(
                    st.sampled_from(_ODD),
                    st.floats(-50, 150, allow_nan=False).map(lambda x: f"{x:.2f}"),
                ),
            ),
            max_size=12,
        ),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(respondents_answers)
def test_any_answers_score_as_each_respondent_alone(stored, respondents):
    """Levels, scaled indicators and odd text in any mix, rounds included (a round named "1")."""
    with Database(stored) as db:
        mission = db.create_mission("KHM", f"Bulk {next(_MISSIONS)}", "initiation")
        raw = sqlite3.connect(stored)
        with raw:
            for index, (round_name, answers) in enumerate(respondents):
                uuid = f"{mission.uuid}-{index}"
                stamp = f"2026-03-01T00:00:{index:02d}Z"
                raw.execute(
                    "INSERT INTO submissions (uuid, mission_uuid, form_id, form_version, author,"
                    " device_uuid, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                    (uuid, mission.uuid, _FORM.id, _FORM.version, "a", "d", stamp, stamp),
                )
                rows = {_QUESTIONS[q].path: value for q, value in answers}
                if round_name:
                    rows[ROUND] = round_name
                raw.executemany(
                    "INSERT INTO answers (submission_uuid, path, value, updated_at, updated_by)"
                    " VALUES (?,?,?,?,?)",
                    [(uuid, path, value, stamp, "a") for path, value in rows.items()],
                )
        raw.close()
        combined = mission_wheel(db, mission.uuid)
        assert bulk(combined) == per_respondent(db, mission.uuid, _WHEEL)


@pytest.mark.postgres
def test_a_server_database_scores_its_mission_as_its_respondents_do(postgres_url):
    """The bulk query runs on PostgreSQL too, with the same numbers."""
    with Database(postgres_url) as db:
        mission, _added = build_synthetic(db, 40)
        db.delete_submission(db.submissions(mission.uuid)[2].uuid)
        combined = mission_wheel(db, mission.uuid)
        expected = per_respondent(db, mission.uuid, combined.wheel)
    assert combined.respondents > 0
    assert bulk(combined) == expected
