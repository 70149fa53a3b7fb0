"""The wheel tab's data: each respondent's answers come from the query that scores them."""

from __future__ import annotations

from storage import Database
from storage.synthetic import build_synthetic
from ui.wheel.data import GROUP_QUESTION, load_wheel


def test_respondents_answers_are_the_stored_ones(tmp_path) -> None:
    """Every submission of the wheel form, in order, with its wheel, round and group answers."""
    with Database(tmp_path / "synthetic.sqlite3") as db:
        mission, _added = build_synthetic(db, 40)
        submissions = db.submissions(mission.uuid)
        db.delete_submission(submissions[2].uuid)
        data = load_wheel(db, mission.uuid, None, lambda: None)
        form = data.mission_wheel.form
        shown = [s for s in db.submissions(mission.uuid) if s.form_id == form.id]
        assert [(r.author, r.created_at) for r in data.respondents] == [
            (s.author, s.created_at) for s in shown
        ]
        wheel_paths = [q.path for b in data.mission_wheel.wheel.blocks for q in b.questions]
        rounds = [q.path for q in form.questions() if q.metadata.get("wheel_round")]
        paths = [*wheel_paths, *rounds, form.by_name(GROUP_QUESTION).path]
        for respondent, submission in zip(data.respondents, shown, strict=True):
            stored = db.answers(submission.uuid)
            expected = {path: stored[path] for path in paths if stored.get(path) is not None}
            assert dict(respondent.answers) == expected
