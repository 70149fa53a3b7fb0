"""The engine's contract: errors and their codes, metadata, contexts, robustness."""

import contextlib
import dataclasses
import datetime
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.errors import ExpressionError
from forms.expressions import (
    Expression,
    MappingContext,
    NodeSet,
    compile_expression,
    evaluate,
)

# -- errors ------------------------------------------------------------------

SYNTAX_ERRORS = [
    ("1 +", 4, "expected a value after '+'"),
    ("(1 + 2", 7, "expected ')'"),
    ("1 2", 3, "expected an operator"),
    ("'abc", 1, "no closing '"),
    ('"abc', 1, 'no closing "'),
    ("${a", 1, "'${'"),
    ("${}", 1, "'${'"),
    ("if(1, 2,", 9, "expected an argument"),
    ("concat('a',, 'b')", 12, "expected an argument"),
    ("a[", 3, "expected a value"),
    ("a[]", 3, "expected a condition"),
    ("a[1", 4, "expected ']'"),
    ("", 1, "empty"),
    ("   ", 1, "empty"),
    (")", 1, "expected a value"),
    ("1 = = 2", 5, "expected a value after '='"),
    ("!${a}", 1, "'!='"),
    ("1 # 2", 3, "unexpected character '#'"),
    ("${a} plus 2", 6, "expected an operator before 'plus'"),
    ("/data/", 7, "expected a node name after '/'"),
    ("concat('a' 'b')", 12, "expected ',' or ')'"),
    ("instance('x')", 14, "expected '/'"),
]


@pytest.mark.parametrize(("text", "position", "fragment"), SYNTAX_ERRORS)
def test_syntax_errors_say_where_and_what(text, position, fragment):
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text)
    error = caught.value
    assert error.code == "expression-syntax"
    assert error.context["position"] == position
    assert f"character {position}" in error.message
    assert fragment in error.message


@pytest.mark.parametrize(
    "text",
    ["//q", "/data//q", "a/@b", "@b", "ancestor::g", "$var", "/data/rep[1]/q", "${a}/b"],
)
def test_valid_xpath_outside_the_subset_is_unsupported_syntax(text):
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text)
    assert caught.value.code == "unsupported-syntax"


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [("lenght(${a})", "length"), ("concatt('a')", "concat"), ("todya()", "today")],
)
def test_unknown_function_is_a_compile_error_with_a_suggestion(text, suggestion):
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text)
    assert caught.value.code == "unknown-function"
    assert suggestion in caught.value.message
    assert caught.value.context["position"] == 1


def test_unknown_function_without_a_close_match():
    with pytest.raises(ExpressionError) as caught:
        evaluate("1 + zzzzqqq(2)")
    assert caught.value.code == "unknown-function"
    assert caught.value.context["function"] == "zzzzqqq"
    assert "character 5" in caught.value.message


@pytest.mark.parametrize(
    "text",
    [
        "if(1, 2)",
        "round()",
        "round(1, 2, 3)",
        "today(1)",
        "selected('a')",
        "coalesce('a')",
        "substr('a')",
        "indexed-repeat(${a}, ${r})",
        "indexed-repeat(${a}, ${r}, 1, ${s})",
        "indexed-repeat('a', ${r}, 1)",
        "instance('a', 'b')/root/item",
    ],
)
def test_wrong_argument_counts_fail_at_compile_time(text):
    with pytest.raises(ExpressionError) as caught:
        compile_expression(text)
    assert caught.value.code == "function-arguments"


@pytest.mark.parametrize(
    ("text", "name"),
    [("property('deviceid')", "property"), ("concat(property(${a}), 'x')", "property")],
)
def test_unsupported_functions_compile_and_refuse_to_evaluate(text, name):
    expression = compile_expression(text)
    assert expression.unsupported == frozenset({name})
    assert name in expression.functions
    with pytest.raises(ExpressionError) as caught:
        expression.evaluate(MappingContext({"a": "x"}))
    assert caught.value.code == "unsupported-function"
    assert f"{name}()" in caught.value.message
    assert caught.value.context["function"] == name


def test_unsupported_function_in_an_untaken_branch_does_not_raise():
    assert evaluate("if(false(), property('deviceid'), 'fine')") == "fine"


def test_missing_external_data():
    with pytest.raises(ExpressionError) as caught:
        evaluate("instance('households')/root/item[name = 'x']/label")
    assert caught.value.code == "missing-external-data"
    assert "households" in caught.value.message


def test_invalid_regex_is_reported():
    with pytest.raises(ExpressionError) as caught:
        evaluate("regex('a', '(')")
    assert caught.value.code == "invalid-regex"


def test_count_of_a_plain_value_is_a_type_mismatch():
    with pytest.raises(ExpressionError) as caught:
        evaluate("count('abc')")
    assert caught.value.code == "type-mismatch"


def test_union_of_plain_values_is_a_type_mismatch():
    with pytest.raises(ExpressionError) as caught:
        evaluate("1 | 2")
    assert caught.value.code == "type-mismatch"


def test_deep_nesting_is_a_syntax_error_not_a_crash():
    with pytest.raises(ExpressionError) as caught:
        compile_expression("(" * 5000 + "1" + ")" * 5000)
    assert caught.value.code == "expression-syntax"


# -- metadata ----------------------------------------------------------------


def test_metadata_of_a_typical_relevant():
    expression = compile_expression("${age} >= 18 and selected(${roles}, 'head')")
    assert expression.source == "${age} >= 18 and selected(${roles}, 'head')"
    assert expression.references == frozenset({"age", "roles"})
    assert expression.paths == frozenset()
    assert expression.functions == frozenset({"selected"})
    assert expression.unsupported == frozenset()
    assert not expression.uses_current_node
    assert not expression.is_volatile


def test_metadata_of_paths_and_current_node():
    expression = compile_expression(". > /data/limit and ../other != '' and current()/../x = 1")
    assert expression.paths == frozenset({"/data/limit", "../other", "current()/../x"})
    assert expression.uses_current_node
    assert expression.functions == frozenset({"current"})


@pytest.mark.parametrize(
    ("text", "volatile"),
    [("now()", True), ("today() - ${d}", True), ("uuid()", True), ("random()", True)],
)
def test_volatile_functions(text, volatile):
    assert compile_expression(text).is_volatile is volatile


@pytest.mark.parametrize("text", ["string-length()", "once(1)", "normalize-space()", "."])
def test_implicit_current_node(text):
    assert compile_expression(text).uses_current_node


def test_instance_predicate_names_are_columns_not_paths():
    expression = compile_expression("instance('regions')/root/item[country = ${country}]/label")
    assert expression.references == frozenset({"country"})
    assert expression.paths == frozenset()
    assert expression.functions == frozenset({"instance"})


def test_indexed_repeat_records_its_references():
    expression = compile_expression("indexed-repeat(${name}, ${people}, ${n} - 1)")
    assert expression.references == frozenset({"name", "people", "n"})


def test_compilation_is_memoised_and_immutable():
    first = compile_expression("${a} + 1")
    assert compile_expression("${a} + 1") is first
    assert isinstance(first, Expression)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.source = "other"  # type: ignore[misc]


def test_typed_helpers():
    expression = compile_expression("${a} * 2")
    context = MappingContext({"a": "2.5"})
    assert expression.evaluate(context) == 5.0
    assert expression.evaluate_number(context) == 5.0
    assert expression.evaluate_string(context) == "5"
    assert expression.evaluate_boolean(context) is True
    assert compile_expression("${a}").evaluate(context) == NodeSet(["2.5"])
    assert compile_expression("${e}").evaluate_boolean(MappingContext({"e": ""})) is False
    assert math.isnan(compile_expression("${e}").evaluate_number(MappingContext({})))


def test_evaluate_returns_first_node_text():
    assert evaluate("${a}", {"a": "x"}) == "x"
    assert evaluate("/data/missing") == ""


# -- contexts ----------------------------------------------------------------

REGIONS = [
    {"name": "n", "label": "North", "country": "ke", "pop": "10"},
    {"name": "s", "label": "South", "country": "ke", "pop": "30"},
    {"name": "x", "label": "Other", "country": "tz", "pop": "5"},
]


def regions(answers=None, **extra):
    return MappingContext(answers, instances={"regions": REGIONS}, **extra)


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("instance('regions')/root/item[name = ${r}]/label", {"r": "s"}, "South"),
        ("instance('regions')/root/item[name = ${r}]/label", {"r": "zz"}, ""),
        ("count(instance('regions')/root/item[country = 'ke'])", None, 2.0),
        ("count(instance('regions')/root/item)", None, 3.0),
        ("sum(instance('regions')/root/item[country = ${c}]/pop)", {"c": "ke"}, 40.0),
        ("instance('regions')/root/item[2]/label", None, "South"),
        ("instance('regions')/root/item[position() = 3]/name", None, "x"),
        ("instance('regions')/root/item[country = 'ke'][pop > 15]/label", None, "South"),
        ("instance('regions')/root/item[country = 'ke' and pop < 15]/label", None, "North"),
        ("instance('regions')/root/item[pop > 6]/label[2]", None, "South"),
        ("join(',', instance('regions')/root/item/name)", None, "n,s,x"),
        ("max(instance('regions')/root/item/pop)", None, 30.0),
        ("instance('regions')/root/item[selected(${many}, name)]/label", {"many": "x n"}, "North"),
        ("instance('regions')/root/item[name = current()/../r]/label", {"r": "n"}, "North"),
    ],
)
def test_instance_lookups(text, answers, expected):
    assert compile_expression(text).evaluate_string(regions(answers)) == str(
        expected if not isinstance(expected, float) else int(expected)
    )


def test_choice_filter_names_read_the_choice_row():
    expression = compile_expression("country = ${country} and pop > 6")
    kept = [
        row["name"]
        for row in REGIONS
        if expression.evaluate_boolean(MappingContext({"country": "ke"}, item=row))
    ]
    assert kept == ["n", "s"]


def test_choice_name_uses_the_context_labels():
    context = MappingContext({"q": "y"}, labels={("q", "y"): "Yes"})
    assert compile_expression("jr:choice-name(${q}, '${q}')").evaluate(context) == "Yes"
    assert compile_expression("jr:choice-name(${q}, '/data/g/q')").evaluate(context) == "Yes"
    assert compile_expression("jr:choice-name('', '${q}')").evaluate(context) == ""


def test_position_comes_from_the_context():
    assert compile_expression("position(..)").evaluate(MappingContext(position=4)) == 4.0
    assert compile_expression("position(..) mod 2 = 0").evaluate_boolean(MappingContext(position=4))


class RecordingContext(MappingContext):
    """Records path calls to check the steps the evaluator passes."""

    def __init__(self):
        super().__init__({}, current="cur")
        self.calls = []

    def path(self, steps, absolute):
        self.calls.append((steps, absolute))
        return ["v"]


@pytest.mark.parametrize(
    ("text", "steps", "absolute"),
    [
        ("/data/group/q", ("data", "group", "q"), True),
        ("../q", ("..", "q"), False),
        ("../../g/q", ("..", "..", "g", "q"), False),
        ("q", ("q",), False),
        ("./q", (".", "q"), False),
        ("current()/../q", ("..", "q"), False),
        ("/", (), True),
        ("..", ("..",), False),
    ],
)
def test_paths_reach_the_context_as_steps(text, steps, absolute):
    context = RecordingContext()
    assert compile_expression(text).evaluate(context) == NodeSet(["v"])
    assert context.calls == [(steps, absolute)]


def test_dot_reads_current_without_a_path_call():
    context = RecordingContext()
    assert compile_expression(".").evaluate(context) == NodeSet(["cur"])
    assert context.calls == []


def test_fixed_clock():
    clock = datetime.datetime(2030, 1, 2, 3, 4, 5)
    assert evaluate("now()", now=clock) == "2030-01-02T03:04:05.000"
    assert evaluate("today()", now=clock) == "2030-01-02"


def test_uuid_shapes():
    assert len(evaluate("uuid()")) == 36
    assert evaluate("uuid()") != evaluate("uuid()")
    assert len(evaluate("uuid(12)")) == 12
    assert 0.0 <= evaluate("random()") < 1.0


# -- properties --------------------------------------------------------------

small_ints = st.integers(min_value=-(10**6), max_value=10**6)


@given(small_ints, small_ints, st.sampled_from(["+", "-", "*"]))
def test_integer_arithmetic_agrees_with_python(a, b, op):
    expected = {"+": a + b, "-": a - b, "*": a * b}[op]
    assert evaluate(f"{a} {op} {b}") == float(expected)
    assert evaluate(f"${{x}} {op} ${{y}}", {"x": str(a), "y": str(b)}) == float(expected)


@given(small_ints, small_ints.filter(lambda n: n != 0))
def test_div_and_mod_agree_with_ieee(a, b):
    assert evaluate(f"{a} div {b}") == pytest.approx(a / b)
    assert evaluate(f"{a} mod {b}") == math.fmod(a, b)


@given(small_ints, small_ints)
def test_comparisons_agree_with_python(a, b):
    assert evaluate(f"{a} < {b}") is (a < b)
    assert evaluate(f"'{a}' = {b}") is (a == b)
    assert evaluate(f"string({a}) = '{a}'") is True


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(list("abc01 .,'\"()[]/${}-+*=<>!|@:_")), max_size=30))
def test_arbitrary_text_only_ever_raises_expression_error(text):
    with contextlib.suppress(ExpressionError):
        compile_expression(text).evaluate(MappingContext({"a": "1"}))


@settings(max_examples=200)
@given(st.text(max_size=40))
def test_arbitrary_unicode_only_ever_raises_expression_error(text):
    with contextlib.suppress(ExpressionError):
        compile_expression(text).evaluate(MappingContext())
