"""The wheel read from a form, and its scores on hand-computed examples."""

from __future__ import annotations

import pytest

from forms.errors import FormError
from forms.model import Choice, ChoiceList, Form, Group, Question
from forms.wheel.scores import WheelScores, aggregate, combine, score
from forms.wheel.structure import Wheel, WheelQuestion, language_code
from forms.xlsform.load import load_form

EN, FR = "English (en)", "French (fr)"
MATURITY = ChoiceList(
    "maturity",
    (
        *(Choice(str(v), {EN: n, FR: n.lower()}) for v, n in enumerate("ABCDE", 1)),
        Choice("dk", {EN: "Don't know"}),
    ),
)


def choice(name: str, en: str, **extra: str) -> Choice:
    return Choice(name, {EN: en, FR: f"{en} (fr)"}, extra)


def question(path: str, type_: str = "select_one", **metadata: str) -> Question:
    return Question(
        name=path.rsplit("/", 1)[-1],
        path=path,
        type=type_,
        labels={EN: path},
        choice_list="maturity" if type_ == "select_one" else None,
        metadata=metadata,
    )


def make_form(children: tuple, *, lists: tuple[ChoiceList, ...] | None = None) -> Form:
    if lists is None:
        lists = (
            ChoiceList(
                "wheel_pillars",
                (choice("adoption", "Adoption", order="2"), choice("access", "Access", order="1")),
            ),
            ChoiceList(
                "wheel_blocks",
                (
                    choice("infra", "Infrastructure", pillar="access", order="1", target="4"),
                    choice("afford", "Affordability", pillar="access", order="2"),
                    choice("skills", "Skills", pillar="adoption", order="1", target="3.5"),
                ),
            ),
        )
    return Form(
        id="t",
        version="1",
        title="t",
        languages=(EN, FR),
        default_language=EN,
        children=children,
        choice_lists={c.name: c for c in (MATURITY, *lists)},
        settings={},
        source=b"",
        source_name="t.md",
        sha256="",
    )


CHILDREN = (
    Group(
        "access",
        "access",
        children=(
            question("access/infra_a", wheel="infra"),
            question("access/infra_b", wheel="infra"),
            question("access/use", "decimal", wheel="infra", wheel_min="10", wheel_target="90"),
            question("access/price", "decimal", wheel="afford", wheel_min="20", wheel_target="2"),
        ),
    ),
    question("skills_a", wheel="skills"),
    question("unrelated", "text"),
)


@pytest.fixture
def wheel() -> Wheel:
    found = Wheel.from_form(make_form(CHILDREN))
    assert found is not None
    return found


def test_structure_is_read_in_declared_order(wheel: Wheel) -> None:
    assert [p.name for p in wheel.pillars] == ["access", "adoption"]
    assert [b.name for b in wheel.blocks] == ["infra", "afford", "skills"]
    infra = wheel.block("infra")
    assert infra is not None and infra.target == 4 and infra.pillar == "access"
    assert [q.path for q in infra.questions] == ["access/infra_a", "access/infra_b", "access/use"]
    assert [level.label(EN) for level in wheel.levels] == list("ABCDE")
    assert wheel.warnings == ()


def test_labels_fall_back_to_default_language(wheel: Wheel) -> None:
    access = wheel.pillar("access")
    assert access is not None
    assert access.label(FR) == "Access (fr)"
    assert access.label("fr") == "Access (fr)"
    assert access.label("Khmer (km)") == "Access"
    assert access.label() == "Access"
    assert language_code("Khmer (km)") == "km" and language_code("default") is None


def test_form_without_wheel_gives_none() -> None:
    assert Wheel.from_form(make_form((question("q", "text"),), lists=())) is None


def test_all_answered() -> None:
    form_wheel = Wheel.from_form(make_form(CHILDREN))
    assert form_wheel is not None
    answers = {
        "access/infra_a": "4",
        "access/infra_b": "2",
        "access/use": "50",  # 1 + 4 * 40/80 = 3
        "access/price": "11",  # 1 + 4 * (11-20)/(2-20) = 3
        "skills_a": "5",
    }
    result = score(form_wheel, answers)
    assert result.blocks["infra"].score == pytest.approx(3.0)
    assert (result.blocks["infra"].answered, result.blocks["infra"].total) == (3, 3)
    assert result.blocks["afford"].score == pytest.approx(3.0)
    assert result.pillars["access"].score == pytest.approx(3.0)
    assert result.pillars["adoption"].score == pytest.approx(5.0)
    assert result.overall == pytest.approx(4.0)
    assert (result.answered, result.total) == (5, 5)


def test_partly_answered_missing_is_not_zero(wheel: Wheel) -> None:
    result = score(wheel, {"access/infra_a": "4", "access/infra_b": "dk", "skills_a": ""})
    assert result.blocks["infra"].score == 4.0
    assert (result.blocks["infra"].answered, result.blocks["infra"].total) == (1, 3)
    assert result.blocks["afford"].score is None
    assert result.pillars["access"].score == 4.0  # the unanswered block does not pull it down
    assert result.pillars["access"].scored_blocks == 1
    assert result.pillars["adoption"].score is None
    assert result.overall == 4.0


def test_nothing_answered(wheel: Wheel) -> None:
    result = score(wheel, {})
    assert all(block.score is None for block in result.blocks.values())
    assert all(pillar.score is None for pillar in result.pillars.values())
    assert result.overall is None
    assert (result.answered, result.total) == (0, 5)


@pytest.mark.parametrize(
    ("minimum", "target", "answer", "expected"),
    [
        (10, 90, "10", 1.0),
        (10, 90, "90", 5.0),
        (10, 90, "30", 2.0),
        (10, 90, "200", 5.0),  # clamped
        (10, 90, "-5", 1.0),  # clamped
        (20, 2, "2", 5.0),  # lower is better
        (20, 2, "15.5", 2.0),
        (20, 2, "0", 5.0),
        (20, 2, "40", 1.0),
        (10, 90, "abc", None),
        (10, 90, "nan", None),
        (10, 90, " 50 ", 3.0),
    ],
)
def test_quantitative_scaling(
    minimum: float, target: float, answer: str, expected: float | None
) -> None:
    value = WheelQuestion("p", "p", {}, minimum=minimum, target=target).value(answer)
    assert value == (None if expected is None else pytest.approx(expected))


def test_aggregate_groups_median_and_range(wheel: Wheel) -> None:
    groups = [
        {"access/infra_a": "1", "skills_a": "2"},
        {"access/infra_a": "3"},
        score(wheel, {"access/infra_a": "5", "skills_a": "4"}),
        {"access/infra_a": "4"},
    ]
    result = aggregate(wheel, groups)
    assert [b.name for b in result.blocks.values()] == ["infra", "afford", "skills"]
    infra = result.blocks["infra"]
    assert (infra.median, infra.minimum, infra.maximum, infra.n) == (3.5, 1, 5, 4)
    skills = result.blocks["skills"]
    assert (skills.median, skills.minimum, skills.maximum, skills.n) == (3, 2, 4, 2)
    afford = result.blocks["afford"]
    assert (afford.median, afford.n) == (None, 0)
    assert result.groups == 4


def test_scores_are_frozen(wheel: Wheel) -> None:
    result = score(wheel, {})
    assert isinstance(result, WheelScores)
    with pytest.raises(AttributeError):
        result.overall = 3.0  # type: ignore[misc]


def test_unscorable_questions_are_ignored_with_a_warning() -> None:
    children = (
        question("text_q", "text", wheel="infra"),
        question("num_no_bounds", "integer", wheel="infra"),
        Group("rep", "rep", repeat=True, children=(question("rep/q", wheel="infra"),)),
    )
    found = Wheel.from_form(make_form(children))
    assert found is not None
    assert found.blocks[0].questions == ()
    assert len([w for w in found.warnings if "ignored" in w]) == 3
    assert any("no question feeding it" in w for w in found.warnings)


@pytest.mark.parametrize(
    ("children", "lists", "code"),
    [
        ((question("q", wheel="nope"),), None, "wheel-unknown-block"),
        ((question("q", wheel="infra"),), (), "wheel-missing-list"),
        (
            (question("q", "decimal", wheel="infra", wheel_min="5", wheel_target="5"),),
            None,
            "wheel-bad-bounds",
        ),
        (
            (question("q", "decimal", wheel="infra", wheel_min="x", wheel_target="5"),),
            None,
            "wheel-bad-number",
        ),
        (
            (),
            (
                ChoiceList("wheel_pillars", (choice("access", "Access"),)),
                ChoiceList("wheel_blocks", (choice("b", "B", pillar="ghost"),)),
            ),
            "wheel-unknown-pillar",
        ),
        (
            (),
            (
                ChoiceList("wheel_pillars", (choice("access", "Access"),)),
                ChoiceList("wheel_blocks", (choice("b", "B", pillar="access", target="7"),)),
            ),
            "wheel-bad-target",
        ),
    ],
)
def test_broken_wheels_are_form_errors(children: tuple, lists: tuple | None, code: str) -> None:
    with pytest.raises(FormError) as raised:
        Wheel.from_form(make_form(children, lists=lists))
    assert raised.value.code == code


def test_reads_a_markdown_xlsform(tmp_path) -> None:
    path = tmp_path / "wheel.md"
    path.write_text(
        "\n".join(
            [
                "| survey | type | name | label | wheel | wheel_min | wheel_target |",
                "|  | select_one maturity | cover | Cover | infra |  |  |",
                "|  | decimal | users | Users | infra | 10 | 90 |",
                "| choices | list_name | name | label | pillar | order | target |",
                *(f"|  | maturity | {v} | L{v} |  |  |  |" for v in range(1, 6)),
                "|  | wheel_pillars | access | Acc |  | 1 |  |",
                "|  | wheel_blocks | infra | Inf | access | 1 | 4 |",
            ]
        ),
        encoding="utf-8",
    )
    found = Wheel.from_form(load_form(path))
    assert found is not None
    assert [q.name for q in found.blocks[0].questions] == ["cover", "users"]
    assert found.blocks[0].target == 4
    result = score(found, {"cover": "2", "users": "90"})
    assert result.blocks["infra"].score == pytest.approx(3.5)


def test_combine_takes_each_blocks_median_and_adds_counts(wheel: Wheel) -> None:
    """A mission's wheel: block medians across interviews, then the usual roll-up."""
    interviews = [
        score(wheel, {"access/infra_a": "1", "skills_a": "2"}),
        score(wheel, {"access/infra_a": "2", "access/infra_b": "4"}),
        score(wheel, {"access/infra_a": "5", "skills_a": "4"}),
    ]
    result = combine(wheel, interviews)
    assert all(name == block.name for name, block in result.blocks.items())
    assert all(name == pillar.name for name, pillar in result.pillars.items())
    infra = result.blocks["infra"]
    assert infra.score == pytest.approx(3.0)  # median of the interviews: 1, 3 and 5
    assert (infra.answered, infra.total) == (4, 9)
    skills = result.blocks["skills"]
    assert skills.score == pytest.approx(3.0)  # median of 2 and 4; the middle one is missing
    assert (skills.answered, skills.total) == (2, 3)
    assert result.blocks["afford"].score is None
    access = result.pillars["access"]
    assert access.score == pytest.approx(3.0)  # afford has no score: not a zero
    assert (access.scored_blocks, access.total_blocks) == (1, 2)
    assert (access.answered, access.total) == (4, 12)
    assert result.overall == pytest.approx(3.0)
    assert (result.answered, result.total) == (6, 15)


def test_combine_uses_the_median_not_the_mean(wheel: Wheel) -> None:
    interviews = [score(wheel, {"skills_a": value}) for value in ("1", "2", "5")]
    assert combine(wheel, interviews).blocks["skills"].score == 2
    assert combine(wheel, interviews[:2]).blocks["skills"].score == pytest.approx(1.5)


def test_combine_of_nothing_scores_nothing(wheel: Wheel) -> None:
    result = combine(wheel, [])
    assert result.overall is None
    assert all(block.score is None for block in result.blocks.values())
    assert (result.answered, result.total) == (0, 0)
    assert all(p.score is None and p.scored_blocks == 0 for p in result.pillars.values())


def test_pillar_and_overall_are_means_of_the_level_below(wheel: Wheel) -> None:
    result = score(wheel, {"access/infra_a": "5", "access/price": "20", "skills_a": "2"})
    assert [b.name for b in result.blocks.values()] == ["infra", "afford", "skills"]
    assert [p.name for p in result.pillars.values()] == ["access", "adoption"]
    assert result.blocks["afford"].score == pytest.approx(1.0)
    assert result.pillars["access"].score == pytest.approx(3.0)  # (5 + 1) / 2
    assert result.pillars["access"].scored_blocks == 2
    assert result.overall == pytest.approx(2.5)  # (3 + 2) / 2
    only_skills = score(wheel, {"skills_a": "4"})
    assert only_skills.pillars["access"].score is None
    assert only_skills.overall == pytest.approx(4.0)
