"""Text positions in UTF-16 code units, as the peers count them; a split pair is U+FFFD.

The peers' own values for whole characters are in ``peer_cases/``; these
tests pin what the peers cannot tell us: the replacement of a lone half and
that every result can be stored.
"""

import sqlite3
from contextlib import closing

import pytest

from forms.expressions import evaluate
from forms.expressions.functions.utf16 import utf16_length, utf16_slice

GRIN = "\U0001f600"  # outside the Basic Multilingual Plane: two UTF-16 code units
KHMER = "\u1780\u17d2\u179a"  # inside it: one code unit a character
HALF = "\ufffd"


@pytest.mark.parametrize(
    ("text", "units"),
    [("", 0), ("abc", 3), (KHMER, 3), (GRIN, 2), (f"a{GRIN}b{GRIN}", 6), ("\ud83d", 1)],
)
def test_length_counts_code_units(text: str, units: int) -> None:
    assert utf16_length(text) == units


@pytest.mark.parametrize(
    ("first", "last", "piece"),
    [
        (0, 4, f"a{GRIN}b"),
        (1, 3, GRIN),
        (0, 2, f"a{HALF}"),  # JavaScript and Java: 'a' and a lone high half
        (2, 4, f"{HALF}b"),  # a lone low half
        (2, 3, HALF),
        (3, 3, ""),
        (4, 4, ""),
    ],
)
def test_a_slice_is_cut_by_code_units(first: int, last: int, piece: str) -> None:
    assert utf16_slice(f"a{GRIN}b", first, last) == piece


def test_a_lone_half_already_in_the_text_becomes_a_replacement_character() -> None:
    assert utf16_slice("a\ud83db", 0, 3) == f"a{HALF}b"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (f"substr('{GRIN}{GRIN}', 1, 3)", f"{HALF}{HALF}"),
        (f"substr('a{GRIN}b', 0, 2)", f"a{HALF}"),
        (f"substring('a{GRIN}b', 3)", f"{HALF}b"),
        (f"substring('{GRIN}', 2, 1)", HALF),
        (f"string-length(substr('{GRIN}{GRIN}', 1, 3))", 2.0),
    ],
)
def test_a_cut_through_a_pair_leaves_a_replacement_character(expression, expected) -> None:
    assert evaluate(expression) == expected


def test_a_cut_piece_can_be_stored() -> None:
    """The lone half the peers keep cannot be encoded for SQLite; our piece can."""
    piece = evaluate("substr(${name}, 0, 3)", {"name": f"Ab{GRIN}"})
    with closing(sqlite3.connect(":memory:")) as database:
        assert database.execute("select ?", (piece,)).fetchone()[0] == f"Ab{HALF}"
        with pytest.raises(UnicodeEncodeError):
            database.execute("select ?", ("Ab\ud83d",))


def test_a_cut_piece_can_go_to_a_workbook_and_back(tmp_path) -> None:
    """A workbook holding a lone half is written but cannot be read again."""
    import openpyxl

    piece = evaluate(f"substring('Ab{GRIN}', 1, 3)")
    path = tmp_path / "cut.xlsx"
    for text, readable in ((piece, True), ("Ab\ud83d", False)):
        book = openpyxl.Workbook()
        book.active["A1"] = text
        book.save(path)
        with path.open("rb") as file:
            if readable:
                assert openpyxl.load_workbook(file).active["A1"].value == piece
            else:
                with pytest.raises(Exception, match="invalid character"):
                    openpyxl.load_workbook(file)


def test_an_answer_is_measured_in_code_units() -> None:
    """``string-length(.) <= 4`` refuses three emoji here as on a phone or in Enketo."""
    assert evaluate("string-length(.)", current=GRIN * 3) == 6.0
    assert evaluate("string-length(${name}) <= 4", {"name": GRIN * 3}) is False


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # The peers map each half of a pair on its own and would give 'ab' and a lone half.
        (f"translate('{GRIN}', '{GRIN}', 'ab')", "a"),
        (f"translate('a', 'a', '{GRIN}')", GRIN),
        (f"translate('x{GRIN}', 'x', 'y')", f"y{GRIN}"),
    ],
)
def test_translate_maps_whole_characters(expression: str, expected: str) -> None:
    assert evaluate(expression) == expected
