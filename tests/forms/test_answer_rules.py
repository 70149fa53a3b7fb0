"""One check for every path that writes an answer: type, choice list, constraint, required."""

from __future__ import annotations

import pytest

from forms.answer_rules import answer_problems, value_problem
from forms.errors import UserError
from forms.library import load_builtin
from storage import Database
from storage.editing import SubmissionEditor, store_form

MATURITY = "access/infrastructure/infra_backbone"
COVERAGE = "access/infrastructure/coverage_4g_pct"


@pytest.fixture(scope="module")
def diagnostic():
    return load_builtin("diagnostic")


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        (MATURITY, "banana", "choice"),
        (MATURITY, "3 4", "choice"),
        (COVERAGE, "12,5", "type"),
        ("access/infrastructure", "x", "not-answer"),
        ("no/such/question", "x", "not-answer"),
    ],
)
def test_values_that_cannot_be_answers(diagnostic, path, value, code):
    problem = value_problem(diagnostic, path, value)
    assert problem is not None and problem.code == code


@pytest.mark.parametrize(("path", "value"), [(MATURITY, "3"), (COVERAGE, "87.5"), (MATURITY, None)])
def test_values_that_fit(diagnostic, path, value):
    assert value_problem(diagnostic, path, value) is None


def test_a_constraint_is_reported_with_the_questions_own_message(diagnostic):
    [problem] = answer_problems(diagnostic, {}, {COVERAGE: "140"})
    assert problem.code == "constraint"
    assert problem.message.startswith("4G population coverage")
    assert "Enter a percentage between 0 and 100." in problem.message


def test_the_editor_refuses_a_value_that_is_not_a_choice(tmp_path, diagnostic):
    with Database(tmp_path / "db.sqlite3") as db:
        store_form(db, diagnostic)
        mission = db.create_mission("KHM", "Test", "strategy")
        submission = db.create_submission(mission.uuid, diagnostic.id, diagnostic.version, "Sok")
        editor = SubmissionEditor(db, submission, diagnostic, by="Sok")
        with pytest.raises(UserError, match="not one of the choices"):
            editor.set(MATURITY, "banana")
        assert MATURITY not in db.answers(submission.uuid)
