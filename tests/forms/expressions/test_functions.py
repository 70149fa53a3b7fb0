"""Every XPath 1.0 core function and every function of the ODK XForms list, by table.

Expected values come from the XPath 1.0 recommendation, the ODK XForms
specification, and the expectations of JavaRosa's and Enketo's own test
suites (GeoShapeAreaTest, ExtractSignedTest, openrosa-xpath-evaluator's
string, area/distance, randomize and decimal-time cases).  Where the two
peers differ the comment says whom we follow.
"""

import base64
import datetime
import math

import pytest

from forms.errors import ExpressionError
from forms.expressions import compile_expression, evaluate
from forms.expressions.context import MappingContext
from forms.expressions.functions import FUNCTIONS, SPECIAL, UNSUPPORTED
from forms.expressions.lexer import OPERATOR, tokenize

NAN = math.nan
XPATH_CORE = [
    "last",
    "position",
    "count",
    "id",
    "local-name",
    "namespace-uri",
    "name",
    "string",
    "concat",
    "starts-with",
    "contains",
    "substring-before",
    "substring-after",
    "substring",
    "string-length",
    "normalize-space",
    "translate",
    "boolean",
    "not",
    "true",
    "false",
    "lang",
    "number",
    "sum",
    "floor",
    "ceiling",
    "round",
]
ODK_LIST = [
    "string",
    "concat",
    "join",
    "substr",
    "substring-before",
    "substring-after",
    "translate",
    "string-length",
    "normalize-space",
    "contains",
    "starts-with",
    "ends-with",
    "uuid",
    "digest",
    "pulldata",
    "base64-decode",
    "extract-signed",
    "if",
    "coalesce",
    "once",
    "true",
    "false",
    "boolean",
    "boolean-from-string",
    "not",
    "regex",
    "checklist",
    "weighted-checklist",
    "number",
    "random",
    "int",
    "sum",
    "max",
    "min",
    "round",
    "pow",
    "log",
    "log10",
    "abs",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sqrt",
    "exp",
    "exp10",
    "pi",
    "count",
    "count-non-empty",
    "position",
    "instance",
    "current",
    "randomize",
    "today",
    "now",
    "format-date",
    "format-date-time",
    "date",
    "decimal-date-time",
    "decimal-time",
    "selected",
    "selected-at",
    "count-selected",
    "jr:choice-name",
    "jr:itext",
    "indexed-repeat",
    "area",
    "distance",
    "geofence",
    "version",
]

SHAPE1 = (
    "7.9377 -11.5845 0 0;7.9324 -11.5902 0 0;7.927 -11.5857 0 0;7.925 -11.578 0 0;"
    "7.9267 -11.5722 0 0;7.9325 -11.5708 0 0;7.9372 -11.5737 0 0;7.9393 -11.579 0 0;"
    "7.9377 -11.5845 0 0"
)
TRACE1 = (
    "38.253094215699576 21.756382658677467;38.25021274773806 21.756382658677467;"
    "38.25007793942195 21.763892843919166;38.25290886154963 21.763935759263404;"
    "38.25146813817506 21.758421137528785"
)
TRACE2 = (
    "38.25304740874071 21.75644703234866;38.25308110946615 21.763377860443143;"
    "38.25078942453431 21.763399318115262;38.25090738066984 21.756640151397733;"
    "38.25197740258244 21.75892539347842"
)
LINE = "7.9377 -11.5845 0 0;7.9324 -11.5902 0 0"
A = {
    "a": "1",
    "shape": SHAPE1,
    "trace": TRACE1,
    "points": ["0 0", "0 1", "1 1"],
    "letters": list("ABCDEF"),
    "seed": "42",
    "text": "  a\u00a0 b\t\r\n c  ",
}


def check(actual, expected):
    if isinstance(expected, int) and not isinstance(expected, bool):
        expected = float(expected)
    assert type(actual) is type(expected), (actual, expected)
    if isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(actual)
    elif isinstance(expected, float):
        assert actual == pytest.approx(expected, rel=1e-6, abs=0.01)
    else:
        assert actual == expected


@pytest.mark.parametrize("name", sorted(set(XPATH_CORE + ODK_LIST)))
def test_every_listed_function_is_known_and_evaluated(name):
    assert name in FUNCTIONS or name in SPECIAL
    assert name not in UNSUPPORTED


TOKENIZER = [
    ("1div1", 1),
    ("1mod1", 0),
    ("7mod3", 1),
    ("1and1", True),
    ("1and0", False),
    ("0or1", True),
    ("6div2+1", 4),
    ("${a}div2", 0.5),
    ("(3)mod2", 1),
    ("2\t*\r\n3", 6),
    ("1 div 1", 1),
]


@pytest.mark.parametrize(("expression", "expected"), TOKENIZER)
def test_tokenizer_reads_operator_names_glued_to_numbers_as_javarosa_does(expression, expected):
    check(evaluate(expression, A), expected)


def test_glued_operator_is_one_operator_token():
    kinds = [(token.kind, token.text) for token in tokenize("1div1")][:3]
    assert kinds == [("number", "1"), (OPERATOR, "div"), ("number", "1")]


@pytest.mark.parametrize("space", ["\u00a0", "\u2028", "\u000b", "\u000c"])
def test_only_xml_whitespace_separates_tokens(space):
    with pytest.raises(ExpressionError) as caught:
        compile_expression(f"1{space}+ 2")
    assert caught.value.code == "expression-syntax"


STRINGS = [
    # XPath 1.0 substring(), 1-based with rounding (Enketo's native cases)
    ("substring('12345', 2, 3)", "234"),
    ("substring('12345', 2)", "2345"),
    ("substring('12345', -1)", "12345"),
    ("substring('12345', 1 div 0)", ""),
    ("substring('12345', 0 div 0)", ""),
    ("substring('12345', 1.5, 2.6)", "234"),
    ("substring('12345', 1.3, 2.3)", "12"),
    ("substring('12345', 0, 3)", "12"),
    ("substring('12345', 0, -1 div 0)", ""),
    ("substring('12345', 0 div 0, 3)", ""),
    ("substring('12345', 1, 0 div 0)", ""),
    ("substring('12345', -42, 1 div 0)", "12345"),
    ("substring('12345', -1 div 0, 1 div 0)", ""),
    ("substring('', 1, 2)", ""),
    ("substring('ក្រសួង', 1, 2)", "ក្"),
    # normalize-space(): XML whitespace only
    ("normalize-space('')", ""),
    ("normalize-space('    ')", ""),
    ("normalize-space('  a  b  ')", "a b"),
    ("normalize-space(${text})", "a\u00a0 b c"),
    ("normalize-space('\u00a0x\u00a0')", "\u00a0x\u00a0"),
    ("normalize-space('a\u200bb')", "a\u200bb"),
    # the rest of the text family (Enketo's native cases)
    ("substring-before('abb', 'b')", "a"),
    ("substring-after('aab', 'a')", "ab"),
    ("translate('aabb', 'ab', 'ba')", "bbaa"),
    ("translate('aa', 'aa', 'bc')", "bb"),
    ("string-length('\r\n')", 2),
    ("concat(0, 0)", "00"),
    ("starts-with('', '')", True),
    ("contains('asdf', 'af')", False),
    ("ends-with('ba', 'a')", True),
    ("substr('hello', 2, 3)", "l"),
    ("substr('hello', -2)", "lo"),
]

ENCODING = [
    # digest(): values from the standard test vectors; JavaRosa's names and encodings
    ("digest('abc', 'MD5', 'hex')", "900150983cd24fb0d6963f7d28e17f72"),
    ("digest('abc', 'sha-1', 'hex')", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    (
        "digest('abc', 'SHA-256', 'hex')",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    ),
    ("digest('abc', 'SHA256')", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
    ("string-length(digest('abc', 'SHA-384', 'hex'))", 96),
    ("string-length(digest('abc', 'SHA-512', 'hex'))", 128),
    ("digest('', 'MD5', 'HEX')", "d41d8cd98f00b204e9800998ecf8427e"),
    ("base64-decode('SGVsbG8=')", "Hello"),
    ("base64-decode('4Z6A4Z+S4Z6a')", "ក្រ"),
    ("base64-decode('SGV sbG8=')", "Hello"),
    ("base64-decode('SGVsbG8')", ""),
    ("base64-decode('')", ""),
]

GEO = [
    # Enketo's values to the centimetre, which are also within JavaRosa's own
    # tolerance (GeoShapeAreaTest: 151,452 +- 0.5 m2 and 1,801 +- 0.5 m for TRACE1)
    ("area(${shape})", 2333220.77),
    ("distance(${shape})", 5724.36),
    ("area(${trace})", 151451.76),
    ("distance(${trace})", 1800.69),
    (f"area('{TRACE2}')", 122754.94),
    (f"distance('{TRACE2}')", 1684.62),
    (f"area('{LINE}')", 0),
    (f"distance('{LINE}')", 861.99),
    ("distance('0 0;0 1')", 111318.85),
    ("distance('0 0;0 90')", 10018696.05),
    ("distance('90 0;90 1')", 0),
    ("distance('0 0;0 1;')", 111318.85),
    ("area('5000 5000; 5000 5000')", NAN),
    ("distance('a')", NAN),
    ("distance('')", NAN),
    ("enclosed-area(${shape})", 2333220.77),
    ("distance(${points})", 2 * 111318.845),
    # the ring formula by hand: only the closing edge's sin(1 degree) remains
    ("area(${points})", 6378100**2 * math.radians(1) * math.sin(math.radians(1)) / 2),
    ("distance('0 0', '0 1')", 111318.85),
    ("geofence('0.5 0.5', '0 0;0 1;1 1;1 0;0 0')", True),
    ("geofence('1.5 0.5', '0 0;0 1;1 1;1 0;0 0')", False),
    ("geofence('x', '0 0;0 1;1 1;1 0;0 0')", False),
]

NODES = [
    # randomize(): Enketo's seeded expectations for six nodes A..F
    ("join('', randomize(${letters}, 42))", "AFCBDE"),
    ("join('', randomize(${letters}, '42'))", "AFCBDE"),
    ("join('', randomize(${letters}, -42))", "EDAFBC"),
    ("join('', randomize(${letters}, 1))", "BFEACD"),
    ("join('', randomize(${letters}, 11111111))", "ACDBFE"),
    ("join('', randomize(${letters}, floor(1.1)))", "BFEACD"),
    ("join('', randomize(${letters}, ${seed}))", "AFCBDE"),
    ("count(randomize(${letters}))", 6),
    ("count(randomize(${missing}))", 1),
    ("name(${a})", "a"),
    ("local-name(/data/group/a)", "a"),
    ("name(${missing_list})", ""),
    ("namespace-uri(${a})", ""),
    ("count(id('a'))", 0),
    ("lang('en')", False),
]


@pytest.mark.parametrize(("expression", "expected"), STRINGS + ENCODING + GEO + NODES)
def test_function_value(expression, expected):
    check(evaluate(expression, {**A, "missing_list": []}), expected)


def test_randomize_without_seed_keeps_every_node():
    shuffled = compile_expression("randomize(${letters})").evaluate(MappingContext(A))
    assert sorted(shuffled.values) == list("ABCDEF")


@pytest.mark.parametrize(
    "expression",
    [
        "randomize('a')",
        "randomize(${letters}, 'a')",
        "digest('a', 'SHA-3')",
        "digest('a', 'MD5', 'b')",
    ],
)
def test_bad_arguments_are_clear_errors(expression):
    with pytest.raises(ExpressionError):
        evaluate(expression, A)


@pytest.mark.parametrize(
    "expression",
    [
        "randomize()",
        "randomize(${a}, 1, 2)",
        "area()",
        "distance()",
        "substring('a')",
        "substring('a', 1, 2, 3)",
        "digest('a')",
        "extract-signed()",
        "name(1, 2)",
        "pulldata('a', 'b', 'c')",
        "geofence('0 0')",
    ],
)
def test_wrong_argument_counts_fail_when_compiling(expression):
    with pytest.raises(ExpressionError) as caught:
        compile_expression(expression)
    assert caught.value.code == "function-arguments"


def _signed(message: bytes, signer, key_owner) -> tuple[str, str]:
    signature = signer.sign(message)
    public = key_owner.public_key().public_bytes_raw()
    return base64.b64encode(signature + message).decode(), base64.b64encode(public).decode()


def test_extract_signed_returns_the_message_only_for_the_right_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    contents, public = _signed(b"real genuine data", key, key)
    assert evaluate(f"extract-signed(${{c}}, '{public}')", {"c": contents}) == "real genuine data"
    _, wrong = _signed(b"x", key, other)
    assert evaluate(f"extract-signed(${{c}}, '{wrong}')", {"c": contents}) == ""
    assert evaluate(f"extract-signed('garbage', '{public}')") == ""


def test_pulldata_reads_an_instance_s_rows_and_is_empty_without_the_csv():
    rows = [{"name": "kh", "label": "Cambodia", "capital": "Phnom Penh"}]
    context = MappingContext({"c": "kh"}, instances={"countries": rows})
    expression = compile_expression("pulldata('countries', 'capital', 'name', ${c})")
    assert expression.evaluate(context) == "Phnom Penh"
    assert expression.evaluate(MappingContext({"c": "fr"}, instances={"countries": rows})) == ""
    assert expression.evaluate(MappingContext({"c": "kh"})) == ""


def test_name_without_argument_and_version_come_from_the_form():
    context = MappingContext(node="age", version="2024.1")
    assert compile_expression("name()").evaluate(context) == "age"
    assert compile_expression("local-name(.)").evaluate(context) == "age"
    assert compile_expression("version()").evaluate(context) == "2024.1"


def test_itext_reads_the_form_s_texts_in_the_current_language():
    from forms.library import load_builtin
    from forms.state.context import NodeContext
    from forms.state.form_state import FormState

    state = FormState(load_builtin("monitoring"), {}, language="Khmer (km)")
    context = NodeContext(state, "monitoring_round/round_label")
    label = compile_expression("jr:itext('/data/monitoring_round/round_label:label')")
    message = compile_expression("jr:itext('/data/monitoring_round/round_label:jr:requiredMsg')")
    assert label.evaluate(context) == "ជុំ"
    assert message.evaluate(context) == "ចម្លើយនេះត្រូវតែបំពេញ។"
    state.language = "French (fr)"
    assert label.evaluate(context) == "Cycle"
    assert compile_expression("jr:itext('/data/nowhere:label')").evaluate(context) == ""


def test_name_of_a_computed_node_set_is_refused_when_compiling():
    with pytest.raises(ExpressionError) as caught:
        compile_expression("name(../*)")
    assert caught.value.code == "unsupported-syntax"


MINUS_SEVEN = datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-7)))
DECIMAL_TIMES = [
    # Enketo's decimal-time() cases, run on a device clock at -07:00
    ("'06:00:00.000-07:00'", 0.25),
    ("'06:00:00.000-01:00'", 0.0),
    ("'06:30:00.000-07:00'", 0.2708333),
    ("'06:00:59.000-07:00'", 0.2506829),
    ("'23:59:00.000-07:00'", 0.9993056),
    ("'23:59:00.000-13:00'", 0.2493056),
    ("'a'", NAN),
    ("'24:00:00.000-07:00'", NAN),
    ("'06:00:00.000-24:00'", NAN),
    ("'06:60:00.000-07:00'", NAN),
    ("'06:00:60.000-07:00'", NAN),
    ("'23:59:00.000-07:60'", NAN),
]


@pytest.mark.parametrize(("argument", "expected"), DECIMAL_TIMES)
def test_decimal_time_on_the_device_clock(argument, expected):
    check(evaluate(f"decimal-time({argument})", now=MINUS_SEVEN), expected)


def test_decimal_time_difference():
    value = evaluate(
        "decimal-time('12:00:00.000-07:00') - decimal-time('06:00:00.000-07:00')", now=MINUS_SEVEN
    )
    check(value, 0.25)


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("'1970-01-01T00:00:00.000Z'", 0.0),
        ("'1970-01-02T00:00:00.000Z'", 1.0),
        ("'2018-04-24T15:30:00.000+06:00'", 17645.396),
    ],
)
def test_decimal_date_time_enketo_cases(argument, expected):
    assert evaluate(f"decimal-date-time({argument})") == pytest.approx(expected, abs=5e-4)


def test_unknown_function_suggests_by_word():
    with pytest.raises(ExpressionError) as caught:
        compile_expression("substrin('a', 1)")
    assert caught.value.code == "unknown-function"
    assert "Did you mean substr" in caught.value.message
