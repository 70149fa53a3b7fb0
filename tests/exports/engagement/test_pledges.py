"""The pledge map of the sample Cambodia mission, checked against figures added up by hand."""

from __future__ import annotations

import pytest

from exports.engagement.pledges import Amount, pledge_map
from exports.wheel.mission import mission_wheel
from forms.errors import UserError
from tests.exports.engagement.conftest import CAMBODIA, MADAGASCAR


@pytest.fixture
def cambodia(sample):
    return pledge_map(sample, CAMBODIA)


def test_amounts_add_up_per_block_and_currency_never_across(cambodia):
    # The register (resources/demo/cambodia.json): pledges 2 and 7 go to digital skills,
    # CHF 2,500,000 and EUR 350,000; they stay two totals.
    skills = cambodia.block("digital_skills")
    assert skills.pledges == 2
    assert skills.amounts == (Amount("CHF", 2_500_000, 1), Amount("EUR", 350_000, 1))
    assert cambodia.block("infrastructure").amounts == (Amount("USD", 45_000_000, 1),)
    assert cambodia.block("local_content").amounts == (Amount("SGD", 200_000, 1),)
    assert cambodia.block("digital_government").amounts == (
        Amount("local currency", 20_000_000_000, 1),
    )
    # USD: 45 M (infrastructure) + 12 M (data) + 5 M (innovation) + 8 M (affordability).
    assert cambodia.totals == (
        Amount("CHF", 2_500_000, 1),
        Amount("EUR", 3_350_000, 2),
        Amount("SGD", 200_000, 1),
        Amount("USD", 70_000_000, 4),
        Amount("local currency", 20_000_000_000, 1),
    )


def test_withdrawn_and_in_kind_pledges_are_counted_as_such(cambodia):
    devices = cambodia.block("devices_usage")
    assert (devices.pledges, devices.withdrawn, devices.amounts) == (0, 1, ())
    assert devices.statuses == (("withdrawn", 1),)
    inclusion = cambodia.block("inclusion")
    assert (inclusion.pledges, inclusion.in_kind, inclusion.amounts) == (1, 1, ())
    assert inclusion.pledger_types == (("civil_society", 1),)
    assert sum(block.pledges for block in cambodia.blocks) == 10  # 11 pledges, 1 withdrawn


def test_validated_priorities_without_a_pledge_are_gaps(cambodia):
    # Workshop outcomes: 1-5, 8 and 9 validated or modified; 6 deferred, 7 rejected.
    assert len(cambodia.priorities) == 7
    assert [match.priority.title for match in cambodia.gaps] == [
        "Converged licensing framework for fixed and mobile networks",
        "E-commerce law and rules for online payments",
    ]
    assert (
        cambodia.block("policy_regulation").priorities,
        cambodia.block("policy_regulation").gaps,
    ) == (1, 1)
    skills = next(m for m in cambodia.priorities if m.priority.block == "digital_skills")
    assert [p.pledger for p in skills.pledges] == [
        "Swiss Digital Cooperation Fund (fictional)",
        "Phnom Penh Institute of Technology (fictional)",
    ]
    rejected = "Tax exemption on smartphones under USD 100"
    assert rejected not in {m.priority.title for m in cambodia.priorities}


def test_block_scores_are_the_wheels_own(sample, cambodia):
    wheel = mission_wheel(sample, CAMBODIA).current
    for block in cambodia.blocks:
        assert block.score == wheel.blocks[block.block].score
    # Policy and regulation: scored 2.83 and nobody pledged to it.
    assert [b.block for b in cambodia.blocks if b.weak_unpledged] == ["policy_regulation"]


def test_a_mission_without_a_register_is_told_so(sample):
    with pytest.raises(UserError) as caught:
        pledge_map(sample, MADAGASCAR)
    assert caught.value.code == "no-pledge-register"


def _fill(db, mission, form_id: str, repeat: str, rows: list[dict[str, str]]) -> None:
    from forms.library import load_builtin
    from storage.editing import SubmissionEditor, store_form

    form = load_builtin(form_id)
    store_form(db, form)
    submission = db.create_submission(mission.uuid, form.id, form.version, "Tester")
    editor = SubmissionEditor(db, submission, form, by="Tester")
    for row in rows:
        editor.add_repeat(repeat)
        position = editor.state.repeat_count(repeat)
        for name, value in row.items():
            editor.set(f"{repeat}[{position}]/{name}", value)


def test_a_pledge_naming_a_priority_covers_only_that_one(tmp_path):
    from storage import Database

    with Database(tmp_path / "x.sqlite3") as db:
        mission = db.create_mission("SEN", "Senegal", "strategy")
        priority = {"priority_block": "digital_skills", "outcome": "validated"}
        _fill(db, mission, "validation_workshop", "priorities", [
            {**priority, "priority_title": "Coding clubs in every school", "priority_rank": "1"},
            {**priority, "priority_title": "Teacher training", "priority_rank": "2"},
        ])  # fmt: skip
        pledge = {"pledger_type": "government", "p2c_focus": "adoption", "pledge_status": "pledged"}
        _fill(db, mission, "pledge_register", "pledges", [
            {**pledge, "pledger": "A", "pledge_block": "digital_skills",
             "strategic_priority": "  coding CLUBS in every school "},
            {**pledge, "pledger": "B", "pledge_block": "inclusion"},
        ])  # fmt: skip
        found = pledge_map(db, mission.uuid)
    clubs, teachers = found.priorities
    assert [p.pledger for p in clubs.pledges] == ["A"]
    assert teachers.gap and [m.priority.title for m in found.gaps] == ["Teacher training"]
    assert found.scores is None and all(block.score is None for block in found.blocks)
    from exports.engagement.charts.pledge_chart import pledge_figure

    figure = pledge_figure(found)  # no diagnostic: every block drawn as "no data", not as 0
    figure.canvas.draw()
    texts = [t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text"))]
    assert sum(text.endswith("\nno data") for text in texts) == 12
