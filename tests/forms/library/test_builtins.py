"""The four built-in forms and the Cambodia demo, checked with pyxform alone.

Every form must parse and convert to an XForm, carry every text in the four
working languages, declare the wheel consistently, and the demo scenario may
only answer questions its form has, with values of the right shape.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pyxform.builder import create_survey_element_from_dict
from pyxform.xls2json import parse_file_to_json

ROOT = Path(__file__).resolve().parents[3]
LIBRARY = ROOT / "forms" / "library"
DEMO = ROOT / "resources" / "demo" / "cambodia.json"
FORM_IDS = ("diagnostic", "validation_workshop", "pledge_register", "monitoring")
KHMER = "Khmer (km)"
LANGUAGES = ("English (en)", "French (fr)", "Spanish (es)", "Arabic (ar)", KHMER)
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
ANSWERABLE_NOT = {"calculate", "note"}
ARABIC = re.compile(r"[\u0600-\u06ff]")
KHMER_SCRIPT = re.compile(r"[\u1780-\u17ff]")
EMOJI = re.compile(r"[\U0001f300-\U0001faff]")


@pytest.fixture(scope="module")
def forms() -> dict[str, dict[str, Any]]:
    return {form_id: parse_file_to_json(str(LIBRARY / f"{form_id}.md")) for form_id in FORM_IDS}


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def walk(node: dict[str, Any], base: str = ""):
    """(path, node) for every group, repeat and question below ``node``; meta skipped."""
    for child in node.get("children", ()):
        if child.get("name") == "meta" and child.get("control", {}).get("bodyless"):
            continue
        path = f"{base}/{child['name']}" if base else child["name"]
        yield path, child
        if child.get("type") in ("group", "repeat"):
            yield from walk(child, path)


def texts(node: dict[str, Any]) -> dict[str, Any]:
    """The translatable texts of a survey node, by column."""
    found = {key: node[key] for key in ("label", "hint") if key in node}
    bind = node.get("bind", {})
    for key, column in (("jr:constraintMsg", "constraint_message"),
                        ("jr:requiredMsg", "required_message")):  # fmt: skip
        if key in bind:
            found[column] = bind[key]
    return found


def assert_translated(where: str, value: Any, languages=LANGUAGES) -> None:
    assert isinstance(value, dict), f"{where} is not translated: {value!r}"
    for language in languages:
        text = value.get(language, "")
        assert text and text.strip() and text.strip() != "-", f"{where} has no {language} text"


def strip_positions(path: str) -> str:
    return "/".join(step.split("[", 1)[0] for step in path.split("/"))


# -- the forms -------------------------------------------------------------


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_form_converts_to_an_xform(forms, form_id):
    warnings: list[str] = []
    xml = create_survey_element_from_dict(forms[form_id]).to_xml(validate=None, warnings=warnings)
    assert "<h:html" in xml
    assert warnings == []


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_settings(forms, form_id):
    form = forms[form_id]
    assert form["id_string"] == form_id
    assert form["version"] == "2026.2"
    assert form["title"]
    assert form["default_language"] == "English (en)"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_names_are_snake_case_and_unique(forms, form_id):
    names = [node["name"] for _, node in walk(forms[form_id])]
    assert all(SNAKE.match(name) for name in names), [n for n in names if not SNAKE.match(n)]
    duplicates = [name for name, count in Counter(names).items() if count > 1]
    assert duplicates == []


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_survey_text_is_in_every_language(forms, form_id):
    for path, node in walk(forms[form_id]):
        found = texts(node)
        if node["type"] != "calculate":
            assert "label" in found, f"{path} has no label"
        for column, value in found.items():
            assert_translated(f"{form_id}: {column} of {path}", value)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_choice_label_is_in_every_language(forms, form_id):
    for list_name, choices in forms[form_id]["choices"].items():
        assert choices, list_name
        for choice in choices:
            assert_translated(f"{form_id}: {list_name}/{choice['name']}", choice.get("label"))


def all_texts(form: dict[str, Any]):
    """(where, {language: text}) for every translatable text of the form."""
    for path, node in walk(form):
        for column, value in texts(node).items():
            yield f"{column} of {path}", value
    for list_name, choices in form["choices"].items():
        for choice in choices:
            yield f"{list_name}/{choice['name']}", choice.get("label")


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_no_form_carries_a_partial_language(forms, form_id):
    used = {
        language
        for _, value in all_texts(forms[form_id])
        if isinstance(value, dict)
        for language in value
    }
    assert used == set(LANGUAGES)
    for where, value in all_texts(forms[form_id]):
        assert_translated(f"{form_id}: {where}", value, sorted(used))


REFERENCE_OR_NUMBER = re.compile(r"\$\{[^}]+\}|\d+")


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_khmer_texts_are_khmer_and_keep_references_and_figures(forms, form_id):
    for where, value in all_texts(forms[form_id]):
        english, khmer = value["English (en)"], value[KHMER]
        assert KHMER_SCRIPT.search(khmer), f"{form_id}: {where} is not in Khmer: {khmer!r}"
        assert sorted(REFERENCE_OR_NUMBER.findall(khmer)) == sorted(
            REFERENCE_OR_NUMBER.findall(english)
        ), f"{form_id}: {where} changes a reference or a figure"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_the_xform_has_no_placeholder_text_in_any_language(forms, form_id):
    xml = create_survey_element_from_dict(forms[form_id]).to_xml(validate=None)
    root = ElementTree.fromstring(xml)
    translations = root.iter("{http://www.w3.org/2002/xforms}translation")
    languages = {}
    for translation in translations:
        values = [
            "".join(value.itertext()).strip()
            for value in translation.iter("{http://www.w3.org/2002/xforms}value")
        ]
        placeholders = sum(1 for text in values if text in {"", "-"})
        languages[translation.get("lang")] = placeholders
    assert languages == dict.fromkeys(LANGUAGES, 0)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_wheel_lists_declare_twelve_blocks_in_three_pillars(forms, form_id):
    choices = forms[form_id]["choices"]
    pillars = {c["name"]: c for c in choices["wheel_pillars"]}
    blocks = choices["wheel_blocks"]
    assert list(pillars) == ["access", "adoption", "value_creation"]
    assert [float(p["order"]) for p in pillars.values()] == [1, 2, 3]
    assert len(blocks) == 12
    assert all(block["pillar"] in pillars for block in blocks)
    assert Counter(block["pillar"] for block in blocks) == dict.fromkeys(pillars, 4)
    orders = [float(block["order"]) for block in blocks]
    assert orders == sorted(orders) and len(set(orders)) == 12
    for block in blocks:
        if "target" in block:
            assert 1 <= float(block["target"]) <= 5


def test_wheel_lists_are_identical_in_every_form(forms):
    first = forms[FORM_IDS[0]]["choices"]
    for form_id in FORM_IDS[1:]:
        for list_name in ("wheel_pillars", "wheel_blocks"):
            assert forms[form_id]["choices"][list_name] == first[list_name], (form_id, list_name)


def test_maturity_scale(forms):
    maturity = forms["diagnostic"]["choices"]["maturity"]
    assert [c["name"] for c in maturity] == ["1", "2", "3", "4", "5"]
    english = [c["label"]["English (en)"] for c in maturity]
    for word, label in zip(
        ("Nascent", "Emerging", "Developing", "Advanced", "Leading"), english, strict=True
    ):
        assert word in label


def test_wheel_column_names_existing_blocks(forms):
    diagnostic = forms["diagnostic"]
    blocks = {c["name"] for c in diagnostic["choices"]["wheel_blocks"]}
    fed: Counter[str] = Counter()
    quantitative = 0
    for path, node in walk(diagnostic):
        if "wheel" not in node:
            assert "wheel_min" not in node and "wheel_target" not in node, path
            continue
        block = node["wheel"]
        assert block in blocks, f"{path} feeds unknown block {block!r}"
        # The block's sub-group is named after the block it feeds.
        assert path.split("/")[-2] == block, path
        fed[block] += 1
        if node["type"] == "select one":
            assert node["list_name"] == "maturity", path
            assert "wheel_min" not in node, path
        else:
            assert node["type"] == "decimal", path
            low, high = float(node["wheel_min"]), float(node["wheel_target"])
            assert low != high, path
            quantitative += 1
    assert set(fed) == blocks
    assert quantitative >= 4
    price = next(n for _, n in walk(diagnostic) if n["name"] == "mobile_data_price_gni_pct")
    assert float(price["wheel_min"]) > float(price["wheel_target"]) == 2


def test_every_block_has_evidence_source_and_confidence(forms):
    names = {node["name"]: node for _, node in walk(forms["diagnostic"])}
    for block in forms["diagnostic"]["choices"]["wheel_blocks"]:
        name = block["name"]
        assert names[f"{name}_evidence"]["control"]["appearance"] == "multiline"
        assert names[f"{name}_source"]["list_name"] == "evidence_source"
        assert names[f"{name}_confidence"]["list_name"] == "confidence"
        maturity = [n for n in names.values() if n.get("wheel") == name and "wheel_min" not in n]
        assert 2 <= len(maturity) <= 4, name


# -- the demo scenario -----------------------------------------------------


def question_index(form: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return dict(walk(form))


def check_value(where: str, node: dict[str, Any], value: str, form: dict[str, Any]) -> None:
    assert isinstance(value, str) and value != "", where
    kind = node["type"]
    if kind == "select one":
        names = {c["name"] for c in form["choices"][node["list_name"]]}
        assert value in names, f"{where}: {value!r} is not a choice of {node['list_name']}"
    elif kind == "integer":
        assert re.fullmatch(r"-?[0-9]+", value), where
    elif kind == "decimal":
        assert re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value), where
    elif kind == "date":
        assert datetime.date.fromisoformat(value).isoformat() == value, where


def test_demo_mission(demo):
    mission = demo["mission"]
    assert mission["country"] == "KHM"
    assert mission["title"] == "SAMPLE – Cambodia digital transformation diagnostic (demo data)"
    assert mission["phase"] == "strategy"
    start = datetime.date.fromisoformat(mission["start_date"])
    assert datetime.date.fromisoformat(mission["end_date"]) >= start
    assert len(mission["team"]) >= 3


def test_demo_only_answers_questions_of_its_form(forms, demo):
    for number, submission in enumerate(demo["submissions"], 1):
        form = forms[submission["form"]]
        index = question_index(form)
        assert submission["status"] in ("complete", "draft")
        assert submission["author"]
        datetime.datetime.fromisoformat(submission["created"])
        for path, value in submission["answers"].items():
            where = f"submission {number} ({submission['form']}): {path}"
            node = index.get(strip_positions(path))
            assert node is not None, f"{where} is not in the form"
            assert node["type"] not in ANSWERABLE_NOT | {"group", "repeat"}, where
            check_value(where, node, value, form)
            # Positions only, and exactly, on repeats.
            steps = path.split("/")
            for depth, step in enumerate(steps[:-1]):
                group = index["/".join(s.split("[")[0] for s in steps[: depth + 1])]
                has_position = re.fullmatch(r"[a-z0-9_]+\[[1-9][0-9]*\]", step) is not None
                assert has_position == (group["type"] == "repeat"), where


def test_demo_covers_the_scenario(demo):
    by_form: dict[str, list[dict[str, Any]]] = {}
    for submission in demo["submissions"]:
        by_form.setdefault(submission["form"], []).append(submission)
    diagnostics = by_form["diagnostic"]
    groups = {s["answers"]["respondent/stakeholder_group"] for s in diagnostics}
    assert {"government", "operator", "civil_society"} <= groups
    rounds = Counter(s["answers"]["respondent/assessment_round"] for s in diagnostics)
    assert rounds["baseline"] >= 1 and rounds["follow_up"] >= 3
    baseline = min(s["answers"]["respondent/interview_date"] for s in diagnostics)
    latest = max(s["answers"]["respondent/interview_date"] for s in diagnostics)
    gap = datetime.date.fromisoformat(latest) - datetime.date.fromisoformat(baseline)
    assert gap.days >= 330
    scores = Counter(
        v for s in diagnostics for p, v in s["answers"].items()
        if p.count("/") == 2 and v in set("12345") and not p.endswith(("_source", "_confidence"))
    )  # fmt: skip
    assert set(scores) == set("12345")

    (workshop,) = by_form["validation_workshop"]
    answers = workshop["answers"]
    attendees = {p.split("/")[0] for p in answers if p.startswith("attendees[")}
    assert len(attendees) >= 8
    outcomes = [v for p, v in answers.items() if p.endswith("/outcome")]
    assert len(outcomes) >= 6
    assert set(outcomes) == {"validated", "modified", "rejected", "deferred"}

    (register,) = by_form["pledge_register"]
    assert len({p.split("/")[0] for p in register["answers"] if p.startswith("pledges[")}) >= 10
    reviews = by_form["monitoring"]
    assert len(reviews) == 2
    for monitoring in reviews:
        kpis = {p.split("/")[0] for p in monitoring["answers"] if p.startswith("kpis[")}
        assert len(kpis) >= 8


def test_demo_carries_hard_text(demo):
    values = [v for s in demo["submissions"] for v in s["answers"].values()]
    assert any(ARABIC.search(v) for v in values)
    assert any(KHMER_SCRIPT.search(v) for v in values)
    assert any("\n" in v for v in values)
    assert any(EMOJI.search(v) for v in values)
    assert any(v.startswith("=") for v in values)
    assert "0012345" in values
