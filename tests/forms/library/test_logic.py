"""Skip logic, constraints and totals of the built-in forms, driven through FormState.

Each case sets answers the way the filler would and checks what a user sees:
whether a question is shown, which message it carries, what validate()
reports and what the calculations add up to.  The demo scenario must load
without a single problem (drafts may only miss required answers).
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from forms.state.form_state import FormState
from forms.xlsform.load import load_form

ROOT = Path(__file__).resolve().parents[3]
LIBRARY = ROOT / "forms" / "library"
DEMO = ROOT / "resources" / "demo" / "cambodia.json"
TODAY = datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.UTC)


def clock() -> datetime.datetime:
    return TODAY


@pytest.fixture(scope="module")
def library():
    ids = ("diagnostic", "validation_workshop", "pledge_register", "monitoring")
    return {form_id: load_form(LIBRARY / f"{form_id}.md") for form_id in ids}


def new_state(library, form_id: str, answers: dict[str, str] | None = None) -> FormState:
    return FormState(library[form_id], dict(answers or {}), clock=clock)


def instance(state: FormState, repeat: str, position: int) -> str:
    """The path of instance ``position`` of ``repeat``, adding instances as needed."""
    while state.repeat_count(repeat) < position:
        state.add_repeat(repeat)
    return f"{repeat}[{position}]"


def codes(state: FormState) -> dict[str, str]:
    return {problem.path: problem.code for problem in state.validate()}


def english(library, form_id: str, name: str, column: str) -> str:
    node = library[form_id].by_name(name)
    return getattr(node, column)["English (en)"]


# -- diagnostic ------------------------------------------------------------

INFRA = "access/infrastructure"
AFFORD = "access/affordability"


@pytest.mark.parametrize(
    ("group", "relevant"),
    [("government", False), ("civil_society", False), ("other", True), ("", False)],
)
def test_diagnostic_other_group_is_asked_only_for_other(library, group, relevant):
    state = new_state(library, "diagnostic")
    state.set("respondent/stakeholder_group", group)
    assert state.is_relevant("respondent/stakeholder_group_other") is relevant
    assert ("respondent/stakeholder_group_other" in codes(state)) is relevant


@pytest.mark.parametrize(
    ("path", "value", "ok"),
    [
        ("respondent/interview_date", "2026-11-23", True),
        ("respondent/interview_date", "2025-01-31", True),
        ("respondent/interview_date", "2026-11-24", False),
        ("respondent/interview_date", "2031-01-01", False),
        ("respondent/participants", "1", True),
        ("respondent/participants", "0", False),
        ("respondent/participants", "101", False),
        (f"{INFRA}/coverage_4g_pct", "0", True),
        (f"{INFRA}/coverage_4g_pct", "99.5", True),
        (f"{INFRA}/coverage_4g_pct", "100.1", False),
        (f"{INFRA}/coverage_4g_pct", "-1", False),
        (f"{INFRA}/fixed_broadband_per100", "3.6", True),
        (f"{INFRA}/fixed_broadband_per100", "140", False),
        (f"{AFFORD}/mobile_data_price_gni_pct", "0.9", True),
        (f"{AFFORD}/mobile_data_price_gni_pct", "-0.5", False),
        ("adoption/digital_skills/basic_skills_pct", "31.4", True),
        ("adoption/devices_usage/internet_users_pct", "100", True),
        ("adoption/devices_usage/internet_users_pct", "250", False),
    ],
)
def test_diagnostic_constraints(library, path, value, ok):
    state = new_state(library, "diagnostic")
    state.set(path, value)
    message = state.error(path)
    if ok:
        assert message is None
    else:
        name = path.rsplit("/", 1)[-1]
        assert message == english(library, "diagnostic", name, "constraint_messages")
        assert codes(state)[path] == "constraint"


def test_diagnostic_confidence_is_asked_once_a_block_is_scored(library):
    state = new_state(library, "diagnostic")
    confidence = f"{INFRA}/infrastructure_confidence"
    assert not state.is_relevant(confidence)
    assert confidence not in codes(state)
    state.set(f"{INFRA}/coverage_4g_pct", "92.5")
    assert state.is_relevant(confidence)
    assert codes(state)[confidence] == "required"
    assert state.error(confidence) == english(
        library, "diagnostic", "infrastructure_confidence", "required_messages"
    )
    state.set(confidence, "high")
    assert confidence not in codes(state)
    state.set(f"{INFRA}/coverage_4g_pct", None)
    assert not state.is_relevant(confidence)
    # Evidence and source are optional and always shown.
    assert state.is_relevant(f"{INFRA}/infrastructure_evidence")
    assert state.is_relevant(f"{INFRA}/infrastructure_source")


def test_diagnostic_counts_assessed_blocks(library):
    state = new_state(library, "diagnostic")
    assert state.value("blocks_assessed") in (None, "0")
    state.set(f"{INFRA}/infra_backbone", "3")
    state.set(f"{INFRA}/infra_rural", "4")
    state.set("value_creation/data/data_open", "1")
    state.set(f"{AFFORD}/mobile_data_price_gni_pct", "1.5")
    assert state.value("blocks_assessed") == "3"
    state.set("value_creation/data/data_open", None)
    assert state.value("blocks_assessed") == "2"


# -- validation workshop ---------------------------------------------------


def workshop(library) -> FormState:
    return new_state(library, "validation_workshop", {"workshop/workshop_date": "2026-10-14"})


@pytest.mark.parametrize(
    ("consent", "shown"), [("yes", True), ("no", False), ("", False)]
)  # fmt: skip
def test_workshop_contact_details_need_consent(library, consent, shown):
    state = workshop(library)
    attendee = instance(state, "attendees", 1)
    state.set(f"{attendee}/contact_consent", consent)
    assert state.is_relevant(f"{attendee}/attendee_email") is shown
    assert state.is_relevant(f"{attendee}/attendee_phone") is shown


@pytest.mark.parametrize(
    ("name", "value", "ok"),
    [
        ("attendee_email", "s.chanthy@example.org", True),
        ("attendee_email", "first.last@ministry.gov.kh", True),
        ("attendee_email", "not-an-email", False),
        ("attendee_email", "name@localhost", False),
        ("attendee_email", "two@@example.org", False),
        ("attendee_phone", "0012345", True),
        ("attendee_phone", "+855 12 345 678", True),
        ("attendee_phone", "12-34", False),
        ("attendee_phone", "call me", False),
    ],
)
def test_workshop_contact_formats(library, name, value, ok):
    state = workshop(library)
    attendee = instance(state, "attendees", 2)
    state.set(f"{attendee}/contact_consent", "yes")
    state.set(f"{attendee}/{name}", value)
    assert (state.error(f"{attendee}/{name}") is None) is ok


@pytest.mark.parametrize(
    ("outcome", "needs_dissent"),
    [("validated", False), ("modified", True), ("rejected", True), ("deferred", True)],
)
def test_workshop_dissent_required_unless_validated(library, outcome, needs_dissent):
    state = workshop(library)
    priority = instance(state, "priorities", 1)
    dissent = f"{priority}/dissent_notes"
    state.set(f"{priority}/outcome", outcome)
    assert state.is_relevant(dissent)
    assert (codes(state).get(dissent) == "required") is needs_dissent
    if needs_dissent:
        assert state.error(dissent) == english(
            library, "validation_workshop", "dissent_notes", "required_messages"
        )
        state.set(dissent, "The operators asked for a later deadline.")
        assert dissent not in codes(state)


def test_workshop_dissent_is_per_priority(library):
    state = workshop(library)
    first, second = instance(state, "priorities", 1), instance(state, "priorities", 2)
    state.set(f"{first}/outcome", "validated")
    state.set(f"{second}/outcome", "rejected")
    problems = codes(state)
    assert f"{first}/dissent_notes" not in problems
    assert problems[f"{second}/dissent_notes"] == "required"


@pytest.mark.parametrize(
    ("name", "value", "ok"),
    [
        ("due_date", "2026-10-15", True),
        ("due_date", "2028-12-31", True),
        ("due_date", "2026-10-14", False),
        ("due_date", "2026-01-01", False),
        ("priority_rank", "1", True),
        ("priority_rank", "0", False),
        ("votes_for", "0", True),
        ("votes_for", "12", True),
        ("votes_against", "-1", False),
        ("votes_abstain", "-3", False),
    ],
)
def test_workshop_priority_constraints(library, name, value, ok):
    state = workshop(library)
    priority = instance(state, "priorities", 1)
    state.set(f"{priority}/{name}", value)
    message = state.error(f"{priority}/{name}")
    if ok:
        assert message is None
    else:
        assert message == english(library, "validation_workshop", name, "constraint_messages")


def test_workshop_due_date_follows_the_workshop_date(library):
    state = workshop(library)
    priority = instance(state, "priorities", 1)
    state.set(f"{priority}/due_date", "2026-12-01")
    assert state.error(f"{priority}/due_date") is None
    state.set("workshop/workshop_date", "2027-01-10")
    assert state.error(f"{priority}/due_date") is not None


def test_workshop_totals(library):
    state = workshop(library)
    people = [("government", "female"), ("government", "male"), ("operator", "female"),
              ("civil_society", "prefer_not_to_say"), ("other", "male")]  # fmt: skip
    for position, (group, gender) in enumerate(people, 1):
        attendee = instance(state, "attendees", position)
        state.set(f"{attendee}/attendee_name", f"Person {position}")
        state.set(f"{attendee}/attendee_group", group)
        state.set(f"{attendee}/attendee_gender", gender)
    for position, outcome in enumerate(["validated", "validated", "deferred"], 1):
        state.set(f"{instance(state, 'priorities', position)}/outcome", outcome)
    expected = {
        "n_attendees": "5", "n_female": "2", "n_government": "2", "n_operator": "1",
        "n_civil_society": "1", "n_other": "1", "n_regulator": "0", "n_priorities": "3",
        "n_validated": "2", "n_deferred": "1", "n_rejected": "0",
    }  # fmt: skip
    for name, value in expected.items():
        assert state.value(f"totals/{name}") == value, name
    state.remove_repeat("attendees[1]")
    assert state.value("totals/n_government") == "1"
    assert state.value("totals/n_attendees") == "4"


# -- pledge register -------------------------------------------------------


def register(library) -> tuple[FormState, str]:
    state = new_state(library, "pledge_register", {"register/register_date": "2026-10-20"})
    return state, instance(state, "pledges", 1)


def test_pledge_currency_only_with_an_amount(library):
    state, pledge = register(library)
    assert not state.is_relevant(f"{pledge}/currency")
    state.set(f"{pledge}/amount", "250000")
    assert state.is_relevant(f"{pledge}/currency")
    assert codes(state)[f"{pledge}/currency"] == "required"
    assert not state.is_relevant(f"{pledge}/currency_other")
    state.set(f"{pledge}/currency", "other")
    assert codes(state)[f"{pledge}/currency_other"] == "required"
    state.set(f"{pledge}/currency_other", "SGD")
    assert f"{pledge}/currency_other" not in codes(state)


@pytest.mark.parametrize(
    ("answers", "path", "ok"),
    [
        ({"amount": "0"}, "amount", True),
        ({"amount": "-5"}, "amount", False),
        ({"beneficiaries": "1200000"}, "beneficiaries", True),
        ({"beneficiaries": "-1"}, "beneficiaries", False),
        ({"start_date": "2026-01-01", "end_date": "2027-12-31"}, "end_date", True),
        ({"start_date": "2026-01-01", "end_date": "2026-01-01"}, "end_date", False),
        ({"start_date": "2026-01-01", "end_date": "2025-06-30"}, "end_date", False),
        ({"end_date": "2025-06-30"}, "end_date", True),
        ({"register/register_date": "2027-01-01"}, "register/register_date", False),
    ],
)
def test_pledge_constraints(library, answers, path, ok):
    state, pledge = register(library)
    for name, value in answers.items():
        state.set(name if "/" in name else f"{pledge}/{name}", value)
    full = path if "/" in path else f"{pledge}/{path}"
    assert (state.error(full) is None) is ok
    assert (codes(state).get(full) == "constraint") is not ok


def test_pledge_summary_counts_pledges_and_usd(library):
    state, _ = register(library)
    amounts = [("1000000", "usd"), ("250000.5", "usd"), ("900000", "eur"), (None, None)]
    for position, (amount, currency) in enumerate(amounts, 1):
        pledge = instance(state, "pledges", position)
        state.set(f"{pledge}/pledger", f"Pledger {position}")
        if amount:
            state.set(f"{pledge}/amount", amount)
            state.set(f"{pledge}/currency", currency)
    assert state.value("summary/n_pledges") == "4"
    assert float(state.value("summary/total_usd")) == pytest.approx(1250000.5)
    # Clearing an amount hides its currency and drops it from the USD total.
    state.set("pledges[1]/amount", None)
    assert float(state.value("summary/total_usd")) == pytest.approx(250000.5)


# -- monitoring ------------------------------------------------------------


def kpi(library) -> tuple[FormState, str]:
    state = new_state(library, "monitoring", {"monitoring_round/round_date": "2026-11-05"})
    return state, instance(state, "kpis", 1)


@pytest.mark.parametrize(
    ("answers", "path", "ok"),
    [
        ({"kpi_unit": "percent", "baseline_value": "82"}, "baseline_value", True),
        ({"kpi_unit": "percent", "baseline_value": "120"}, "baseline_value", False),
        ({"kpi_unit": "percent", "target_value": "-1"}, "target_value", False),
        ({"kpi_unit": "percent", "latest_value": "100"}, "latest_value", True),
        ({"kpi_unit": "count", "latest_value": "18250"}, "latest_value", True),
        ({"kpi_unit": "usd", "target_value": "600000000"}, "target_value", True),
        ({"baseline_year": "2022"}, "baseline_year", True),
        ({"baseline_year": "1999"}, "baseline_year", False),
        ({"baseline_year": "2051"}, "baseline_year", False),
        ({"baseline_year": "2022", "target_year": "2028"}, "target_year", True),
        ({"baseline_year": "2022", "target_year": "2022"}, "target_year", True),
        ({"baseline_year": "2022", "target_year": "2020"}, "target_year", False),
        ({"target_year": "2030"}, "target_year", True),
        ({"target_year": "2060"}, "target_year", False),
        ({"latest_date": "2026-06-30"}, "latest_date", True),
        ({"latest_date": "2027-06-30"}, "latest_date", False),
    ],
)
def test_monitoring_constraints(library, answers, path, ok):
    state, row = kpi(library)
    for name, value in answers.items():
        state.set(f"{row}/{name}", value)
    assert (state.error(f"{row}/{path}") is None) is ok


def test_monitoring_percent_check_follows_the_unit(library):
    state, row = kpi(library)
    state.set(f"{row}/kpi_unit", "count")
    state.set(f"{row}/latest_value", "150")
    assert state.error(f"{row}/latest_value") is None
    state.set(f"{row}/kpi_unit", "percent")
    assert state.error(f"{row}/latest_value") == english(
        library, "monitoring", "latest_value", "constraint_messages"
    )


def test_monitoring_other_unit_and_totals(library):
    state, row = kpi(library)
    assert not state.is_relevant(f"{row}/kpi_unit_other")
    state.set(f"{row}/kpi_unit", "other")
    assert state.is_relevant(f"{row}/kpi_unit_other")
    for position, status in enumerate(["on_track", "at_risk", "at_risk", "off_track"], 1):
        state.set(f"{instance(state, 'kpis', position)}/kpi_status", status)
    assert state.value("overview/n_kpis") == "4"
    assert state.value("overview/n_on_track") == "1"
    assert state.value("overview/n_at_risk") == "2"
    assert state.value("overview/n_off_track") == "1"


# -- the demo scenario -----------------------------------------------------


def test_demo_submissions_are_valid(library):
    demo = json.loads(DEMO.read_text(encoding="utf-8"))
    for number, submission in enumerate(demo["submissions"], 1):
        state = new_state(library, submission["form"], submission["answers"])
        where = f"submission {number} ({submission['form']})"
        assert state.warnings == [], where
        problems = state.validate()
        allowed = set() if submission["status"] == "complete" else {"required"}
        assert [p for p in problems if p.code not in allowed] == [], where
        hidden = [path for path in submission["answers"] if not state.is_relevant(path)]
        assert hidden == [], f"{where} answers hidden questions"
        if submission["form"] == "validation_workshop":
            assert state.value("totals/n_attendees") == "10"
            assert state.value("totals/n_validated") == "4"  # priorities 1, 3, 4 and 8
        if submission["form"] == "pledge_register":
            assert state.value("summary/total_usd") == "71500000"
