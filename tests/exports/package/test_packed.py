"""The packed records: every string comes back exactly, and anything else is refused."""

from __future__ import annotations

import base64
import json
import zlib

import pytest

from exports.package import content, packed
from exports.package.packed import CELL, DamagedRecordsError, pack, unpack
from tests.exports.package.support import assert_translatable

HARD = [
    "",
    " ",
    "line\nbreak\r\n",
    '"quoted" \\ back',
    "_x000D_",
    "=1+1",
    "\ud800 lone",
    "☂" * 40_000,
]


def _roundtrip(tables):
    cells, digest = pack(tables)
    back: dict[str, list] = {table.sheet: [] for table in content.TABLES}
    check = content.ContentHash()
    for table, line, record in unpack(cells):
        back[table.sheet].append(record)
        check.add_lines(table, [line])
    return cells, back, digest.hexdigest({}), check.hexdigest({})


def test_every_string_comes_back_and_hashes_the_same():
    answers = [["s", "p", value, None, "by"] for value in HARD]
    cells, back, written, read = _roundtrip({content.ANSWERS.sheet: answers})
    assert back[content.ANSWERS.sheet] == answers
    assert written == read
    assert all(len(cell) <= CELL and len(cell) % 4 == 0 for cell in cells[:-1])


def test_the_hash_is_the_one_of_the_records_themselves():
    records = [["a", "b", "c", "d", "e"], ["f", None, "", "h", "i"]]
    _, _, written, _ = _roundtrip({content.ANSWERS.sheet: records})
    direct = content.ContentHash()
    for record in records:
        direct.add(content.ANSWERS, record)
    assert written == direct.hexdigest({})


def test_many_records_span_many_cells_and_runs():
    audit = [[str(n), "p", None, str(n * 7), "at", "by", "dev"] for n in range(30_000)]
    cells, back, written, read = _roundtrip({content.AUDIT.sheet: audit})
    assert len(cells) > 1 and back[content.AUDIT.sheet] == audit and written == read


def damaged(cells: list) -> str:
    """The reason a stream is refused: a clause the window shows in every language."""
    with pytest.raises(DamagedRecordsError) as error:
        list(unpack(cells))
    assert_translatable(error.value.args[0])
    return error.value.args[0]


def _cells(text: bytes) -> list[str]:
    return [base64.b64encode(zlib.compress(text)).decode("ascii")]


@pytest.mark.parametrize(
    "stream",
    [
        b'["a","b","c","d","e"]\n',  # a record before any table
        b'"_fw_nothing"\n["a"]\n',  # an unknown table
        b'"_fw_answers"\n["a","b"]\n',  # too few fields
        b'"_fw_answers"\n["a","b","c","d",5]\n',  # a number
        b'"_fw_answers"\n["a","b","c","d","e"],["f","g","h","i","j"]\n',  # two in a line
        b'"_fw_answers"\n\n',  # an empty line
        b'"_fw_answers"\n["a","b","c","d","e"]',  # no last line break
        b'"_fw_answers"\n{"a":1}\n',
        b'"_fw_answers"\n["a","b","c","d",e]\n',  # not JSON
    ],
)
def test_streams_we_never_write_are_refused(stream):
    damaged(_cells(stream))


def test_a_cut_or_padded_stream_is_refused():
    whole = zlib.compress(b'"_fw_answers"\n' + json.dumps(["a"] * 5).encode() + b"\n")
    assert damaged([base64.b64encode(whole[:-4]).decode()]) == "a stream cut short"
    assert damaged([base64.b64encode(whole + b"more").decode()]) == (
        "bytes after the end of the stream"
    )
    assert damaged(["not base64!"]) == "a cell that is not base64"
    assert damaged([None]) == "a cell that is not base64 text"


def test_a_stream_that_would_balloon_is_refused(monkeypatch):
    monkeypatch.setattr(packed, "MAX_BYTES", 10_000)
    bomb = b'"_fw_answers"\n' + b'["a","b","c","d","e"]\n' * 2_000
    assert damaged(_cells(bomb)) == "a stream too large to be a package's"


def test_a_broken_compressed_stream_is_refused_for_that_reason():
    """The zlib stream itself damaged (its base64 and length intact) says so."""
    whole = zlib.compress(b'"_fw_answers"\n' + json.dumps(["a"] * 5).encode() + b"\n")
    broken = whole[:2] + b"\xff" * (len(whole) - 2)
    assert damaged([base64.b64encode(broken).decode()]) == "a broken compressed stream"


def test_a_cell_that_unpacks_to_many_pieces_comes_back_whole():
    """Records that compress very well fill one cell with far more than one piece of text
    (a piece is what one decompression step may give), and none of it is dropped."""
    answers = [["s", "p", "x" * (3 * packed._PIECE), None, "by"], ["s", "q", "after", None, "b"]]
    cells, back, written, read = _roundtrip({content.ANSWERS.sheet: answers})
    assert len(cells) == 1
    assert back[content.ANSWERS.sheet] == answers and written == read
