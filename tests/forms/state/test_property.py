"""Incremental re-evaluation never drifts from a full evaluation.

Any sequence of ``set`` / ``add_repeat`` / ``remove_repeat`` / ``move_repeat``
leaves the state equal (values, relevance, validity, choices) to a fresh
FormState built from the same answers, and to ``reevaluate_all``.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.model import Form, Group, Question
from forms.state.form_state import FormState, calculated_values
from forms.xlsform.load import load_form

NOW = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)
FORM = """
| survey |
| | type | name | label | relevant | constraint | required | calculation | choice_filter | repeat_count | default |
| | integer | size | Size | | . < 5 | yes | | | | 1 |
| | select_one region | region | Region | | | | | | | |
| | select_one town | town | Town | ${size} > 0 | | | | region = ${region} | | |
| | begin repeat | people | People | | | | | | | |
| | text | name | Name | | | ${size} > 1 | | | | |
| | integer | age | Age | ${name} != '' | . >= 0 | | | | | 3 |
| | calculate | rank | | | | | position(..) | | | |
| | calculate | older | | | | | ${age} > indexed-repeat(${age}, ${people}, 1) | | | |
| | begin repeat | kids | Kids | ${age} > 2 | | | | | | |
| | integer | kid_age | Kid age | | . < ${age} | | | | | |
| | end repeat | | | | | | | | | |
| | end repeat | | | | | | | | | |
| | calculate | total | | | | | sum(${age}) | | | |
| | calculate | people_n | | | | | count(${people}) | | | |
| | calculate | doubled | | | | | ${total} * 2 | | | |
| | note | big | Big household | ${doubled} > 10 | | | | | | |
| | begin repeat | slots | Slot | | | | | | ${size} | |
| | integer | slot_value | Value | | . != ${size} | yes | | | | |
| | end repeat | | | | | | | | | |
| choices |
| | list_name | name | label | region |
| | region | north | North | |
| | region | south | South | |
| | town | n1 | N1 | north |
| | town | s1 | S1 | south |
| | town | s2 | S2 | south |
"""  # noqa: E501 - XLSForm tables are wide
VALUES = st.sampled_from(["", "0", "1", "2", "3", "4", "7", "north", "south", "n1", "s2", "x"])


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Form:
    path: Path = tmp_path_factory.mktemp("forms") / "property.md"
    path.write_text(FORM, encoding="utf-8")
    return load_form(path)


def answerable(state: FormState) -> list[str]:
    return [
        path
        for path, node in state.instances()
        if isinstance(node, Question) and not node.calculate and node.type != "note"
    ]


def user_repeat_keys(state: FormState) -> list[str]:
    return [
        path
        for path, node in state.instances()
        if isinstance(node, Group)
        and node.repeat
        and not node.repeat_count
        and not path.endswith("]")
    ]


def instances(state: FormState) -> list[str]:
    return [
        path
        for path, node in state.instances()
        if isinstance(node, Group) and node.repeat and not node.repeat_count and path.endswith("]")
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_incremental_equals_fresh(form: Form, data: st.DataObject) -> None:
    state = FormState(form, clock=lambda: NOW)
    for _ in range(data.draw(st.integers(min_value=1, max_value=12), label="steps")):
        action = data.draw(st.sampled_from(["set", "set", "set", "add", "remove", "move"]))
        if action == "set":
            state.set(data.draw(st.sampled_from(answerable(state))), data.draw(VALUES))
        elif action == "add":
            state.add_repeat(data.draw(st.sampled_from(user_repeat_keys(state))))
        elif instances(state):
            instance = data.draw(st.sampled_from(instances(state)))
            if action == "remove":
                state.remove_repeat(instance)
            else:
                key = instance.rsplit("[", 1)[0]
                target = data.draw(st.integers(1, state.repeat_count(key)))
                state.move_repeat(instance, target)
    incremental = state.snapshot()
    fresh = FormState(form, state.answers, clock=lambda: NOW, repeat_counts=state.repeat_counts)
    assert fresh.snapshot() == incremental
    state.reevaluate_all()
    assert state.snapshot() == incremental
    assert [p.path for p in fresh.validate()] == [p.path for p in state.validate()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_calculated_values_equal_a_full_state(form: Form, data: st.DataObject) -> None:
    """Evaluating only what the calculations read gives what the whole state gives."""
    full = FormState(form, {}, clock=lambda: NOW)
    for _ in range(data.draw(st.integers(0, 12))):
        paths = answerable(full)
        if paths and data.draw(st.booleans()):
            full.set(data.draw(st.sampled_from(paths)), data.draw(VALUES))
        elif user_repeat_keys(full):
            full.add_repeat(data.draw(st.sampled_from(user_repeat_keys(full))))
    fresh = FormState(form, full.answers, clock=lambda: NOW, repeat_counts=full.repeat_counts)
    expected = {path: fresh.effective(path) for path in fresh.calculated}
    assert calculated_values(form, full.answers, full.repeat_counts) == {
        path: value for path, value in expected.items() if value
    }
