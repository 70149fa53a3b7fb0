"""FormState on small inline forms and on real corpus forms."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from forms.model import Form
from forms.state.form_state import FormState
from forms.xlsform.load import load_form

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
NOW = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)


def clock() -> datetime.datetime:
    return NOW


def make(tmp_path: Path, text: str) -> Form:
    path = tmp_path / "form.md"
    path.write_text(text, encoding="utf-8")
    return load_form(path)


SKIP = """
| survey |
| | type | name | label::English | label::French | relevant | constraint | constraint_message::English | constraint_message::French | required | required_message::French | calculation | default |
| | integer | age | Age | Âge | | . >= 0 and . < 120 | Age must be 0-119 | Âge entre 0 et 119 | yes | Obligatoire | | |
| | begin group | adult | Adult | Adulte | ${age} >= 18 | | | | | | | |
| | text | job | Job | Métier | | | | | yes | | | |
| | end group | | | | | | | | | | | |
| | calculate | months | | | | | | | | | ${age} * 12 | |
| | calculate | days | | | | | | | | | ${months} * 30 | |
| | note | info | You are ${age} | Vous avez ${age} | | | | | | | | |
| | text | city | City | Ville | | | | | | | | Paris |
"""  # noqa: E501 - XLSForm tables are wide


def test_skip_logic_and_required(tmp_path: Path) -> None:
    state = FormState(make(tmp_path, SKIP), clock=clock)
    assert not state.is_relevant("adult") and not state.is_relevant("adult/job")
    changes = state.set("age", "30")
    assert "adult" in changes.visibility and "adult/job" in changes.visibility
    assert state.is_relevant("adult/job") and state.is_required("adult/job")
    assert [(p.path, p.code) for p in state.validate()] == [("adult/job", "required")]
    state.set("adult/job", "baker")
    state.set("age", "10")
    assert state.value("adult/job") == "baker"  # hidden questions keep their values
    assert state.validate() == []  # but are out of validation


def test_constraint_messages_follow_the_language(tmp_path: Path) -> None:
    state = FormState(make(tmp_path, SKIP), clock=clock)
    assert state.error("age") == "This question requires an answer."
    state.language = "French"
    assert state.error("age") == "Obligatoire"
    changes = state.set("age", "-5")
    assert "age" in changes.validity
    assert state.error("age") == "Âge entre 0 et 119"
    state.language = "English"
    assert [(p.code, p.message) for p in state.validate()] == [("constraint", "Age must be 0-119")]
    with pytest.raises(ValueError, match="no language"):
        state.language = "Klingon"


def test_calculation_chain_labels_and_defaults(tmp_path: Path) -> None:
    state = FormState(make(tmp_path, SKIP), clock=clock)
    assert state.answers == {"city": "Paris"}  # defaults on a new submission
    changes = state.set("age", "2")
    assert {"age", "months", "days"} <= changes.values
    assert state.value("days") == "720" and state.calculated == {"months": "24", "days": "720"}
    assert state.label("info") == "You are 2"
    state.language = "French"
    assert state.label("info") == "Vous avez 2"
    state.set("city", None)
    reopened = FormState(state.form, state.answers, clock=clock)
    assert reopened.value("city") is None  # a loaded submission keeps a cleared default


def test_set_reports_nothing_when_value_unchanged(tmp_path: Path) -> None:
    state = FormState(make(tmp_path, SKIP), clock=clock)
    state.set("age", "5")
    changes = state.set("age", "5")
    assert not (changes.values or changes.visibility or changes.validity)
    with pytest.raises(KeyError):
        state.set("months", "3")  # calculated
    with pytest.raises(KeyError):
        state.set("nowhere", "3")


REPEATS = """
| survey |
| | type | name | label | calculation | constraint | default | relevant |
| | begin repeat | members | Member | | | | |
| | text | name | Name | | | | |
| | integer | age | Age | | | 18 | |
| | calculate | pos | | position(..) | | | |
| | integer | older | Older than first? | | . > indexed-repeat(${age}, ${members}, 1) | | |
| | note | first_name | First is ${name} | | | | position(..) = 1 |
| | end repeat | | | | | | |
| | calculate | total | | sum(${age}) | | | |
| | calculate | n | | count(${members}) | | | |
| | calculate | second | | indexed-repeat(${name}, ${members}, 2) | | | |
"""


def test_repeats_add_remove_move(tmp_path: Path) -> None:
    state = FormState(make(tmp_path, REPEATS), clock=clock)
    assert state.repeat_count("members") == 1
    assert state.answers == {"members[1]/age": "18"}
    assert state.add_repeat("members") == "members[2]"
    assert "members" in state.last_changes.repeats
    assert state.value("members[2]/age") == "18"  # defaults in a new instance
    state.add_repeat("members")
    state.set("members[1]/name", "Ann")
    state.set("members[2]/name", "Bob")
    state.set("members[3]/name", "Cy")
    state.set("members[3]/age", "40")
    assert state.value("total") == "76" and state.value("n") == "3"
    assert state.value("second") == "Bob"
    assert [state.value(f"members[{i}]/pos") for i in (1, 2, 3)] == ["1", "2", "3"]
    assert state.is_relevant("members[1]/first_name")
    assert not state.is_relevant("members[2]/first_name")

    changes = state.remove_repeat("members[2]")
    assert state.repeat_count("members") == 2
    assert state.value("members[2]/name") == "Cy" and state.value("second") == "Cy"
    assert state.value("total") == "58" and state.value("n") == "2"
    assert "members[2]/name" in changes.values and "second" in changes.values

    state.move_repeat("members[2]", 1)
    assert state.value("members[1]/name") == "Cy" and state.value("members[2]/name") == "Ann"
    assert state.value("members[1]/age") == "40"
    assert state.value("second") == "Ann"

    state.set("members[2]/older", "30")  # must exceed the first member's age (40)
    assert state.error("members[2]/older") == "This answer is not allowed."
    state.set("members[2]/older", "41")
    assert state.error("members[2]/older") is None
    paths = [path for path, _ in state.instances()]
    assert paths[:3] == ["members", "members[1]", "members[1]/name"]


def test_repeat_count_drives_instances(tmp_path: Path) -> None:
    form = make(
        tmp_path,
        """
| survey |
| | type | name | label | repeat_count | required |
| | integer | hh_size | Size | | |
| | begin repeat | person | Person | ${hh_size} | |
| | text | pname | Name | | yes |
| | end repeat | | | | |
""",
    )
    state = FormState(form, clock=clock)
    assert state.repeat_count("person") == 0
    changes = state.set("hh_size", "3")
    assert "person" in changes.repeats and state.repeat_count("person") == 3
    assert [p.path for p in state.validate()] == [f"person[{i}]/pname" for i in (1, 2, 3)]
    state.set("person[3]/pname", "Zed")
    state.set("hh_size", "2")
    assert state.answers == {"hh_size": "2"}  # instance 3 and its answer are gone
    with pytest.raises(ValueError, match="repeat_count"):
        state.add_repeat("person")


def test_nested_repeats_from_the_corpus() -> None:
    form = load_form(CORPUS / "onadata__nested_repeats.xlsx")
    state = FormState(form, clock=clock)
    outer = next(n for n in form.walk() if getattr(n, "repeat", False))
    inner = next(n for n in form.walk() if getattr(n, "repeat", False) and n is not outer)
    key = f"{outer.path}[1]" + inner.path[len(outer.path) :]
    assert state.repeat_count(key) == 1
    state.add_repeat(outer.path)
    new_inner = state.add_repeat(f"{outer.path}[2]" + inner.path[len(outer.path) :])
    assert new_inner.endswith("[2]")
    assert state.repeat_counts[f"{outer.path}[2]" + inner.path[len(outer.path) :]] == 2
    state.remove_repeat(f"{outer.path}[1]")
    assert state.repeat_count(key) == 2  # the second outer instance moved up with its kids


def test_choice_filter_in_mali_health() -> None:
    form = load_form(CORPUS / "onadata__mali_health.xlsx")
    state = FormState(form, clock=clock)
    filtered = [q for q in form.questions() if q.choice_filter]
    assert filtered
    question = filtered[0]
    assert state.choices(question.path) == ()
    source = next(iter(form.choice_lists[question.choice_list].choices))
    column = next(iter(source.extra))
    driver = next(q for q in form.questions() if q.name in question.choice_filter and q.choice_list)
    value = source.extra[column]
    changes = state.set(driver.path, value)
    assert question.path in changes.choices
    offered = state.choices(question.path)
    assert offered and all(c.extra[column] == value for c in offered)


def test_spec_test_form() -> None:
    form = load_form(CORPUS / "pyxform__xlsform_spec_test.xlsx")
    state = FormState(form, clock=clock)
    assert state.repeat_count("everything/repeat_test") == 2  # repeat_count from a calculate
    state.set("everything/a_integer", "5")
    state.set("everything/a_decimal", "7.5")
    assert state.error("everything/a_decimal") is not None
    state.set("everything/a_decimal", "2.5")
    assert state.error("everything/a_decimal") is None
    state.set("skip_to_end", "yes")
    assert not state.is_relevant("everything/a_decimal")
    assert state.validate() == []


def test_msna_incremental_matches_full() -> None:
    form = load_form(CORPUS / "humind__REACH_2024_MSNA-kobo-tool_draft_v11.xlsx")
    state = FormState(form, clock=clock)
    size = next(q for q in form.questions() if q.name == "hh_size")
    roster = form.by_name("roster")
    state.set(size.path, "3")
    assert state.repeat_count(roster.path) == 0  # hh_size is hidden until consent
    changes = state.set("introduction/consent", "yes")
    assert roster.path in changes.repeats and size.path in changes.visibility
    assert state.repeat_count(roster.path) == 3
    before = state.snapshot()
    state.reevaluate_all()
    assert state.snapshot() == before
    assert FormState(form, state.answers, clock=clock).snapshot() == before


def test_external_data_failures_become_warnings() -> None:
    form = load_form(CORPUS / "onadata__trees_follow_up.xlsx")
    state = FormState(form, clock=clock)
    state.set("circumference", "12")
    assert state.value("species") is None
    assert any("trees" in warning for warning in state.warnings)
    assert state.is_relevant("circumference_warning") in (True, False)


def test_incremental_set_touches_only_dependents(tmp_path: Path) -> None:
    state = FormState(make(tmp_path, SKIP), clock=clock)
    calls: list[tuple[str, str]] = []
    evaluate = state._evaluate

    def spy(key: tuple[str, str]) -> bool:
        calls.append(key)
        return evaluate(key)

    state._evaluate = spy  # type: ignore[method-assign]
    state.set("city", "Lyon")
    assert {path for _, path in calls} == {"city"}


BAD_DATE = """
| survey |
| | type | name | label | calculation |
| | text | when | When? | |
| | calculate | day | | date(${when}) |
"""


def test_date_of_text_that_is_no_date_warns_and_leaves_the_calculation_empty(
    tmp_path: Path,
) -> None:
    state = FormState(make(tmp_path, BAD_DATE), clock=clock)
    state.set("when", "2024-05-01")
    assert state.value("day") == "2024-05-01"
    state.set("when", "next week")
    assert any("as a date" in warning for warning in state.warnings)
    assert state.value("day") in (None, "")
