"""``fieldwheel search``: one line per hit, the uuid to open first, matches marked."""

from __future__ import annotations

import main
from tests.storage.search.old_database import database_before_search


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_where_each_hit_is_with_its_words_marked(db, mission, editor_for, capsys):
    editor = editor_for()
    editor.set("evidence", "A second submarine cable landed")
    path = str(db.path)
    code, out, _err = _run(capsys, "--db", path, "search", "submar*")
    assert code == 0
    assert out == (
        f"{editor.submission.uuid}  Cambodia diagnostic · searchable · Sok · Evidence: "
        "A second [submarine] cable landed\n"
    )
    code, out, _err = _run(capsys, "--db", path, "search", "cambodia", "--mission", mission.uuid)
    assert out == f"{mission.uuid}  Cambodia diagnostic · Mission title: [Cambodia] diagnostic\n"


def test_search_filters_by_form_and_says_when_nothing_is_found(db, editor_for, capsys):
    editor_for().set("evidence", "fibre")
    path = str(db.path)
    assert _run(capsys, "--db", path, "search", "fibre", "--form", "searchable")[0] == 0
    code, out, err = _run(capsys, "--db", path, "search", "fibre", "--form", "other")
    assert (code, out, err) == (1, "", "Nothing found for fibre.\n")


def test_search_refusals_are_one_sentence(db, capsys):
    path = str(db.path)
    code, _out, err = _run(capsys, "--db", path, "search", '"')
    assert (code, err) == (2, "fieldwheel: Type a word to search for.\n")
    code, _out, err = _run(capsys, "--db", path, "search", "x", "--mission", "nope")
    assert (code, err) == (2, "fieldwheel: There is no mission nope.\n")
    code, _out, err = _run(capsys, "--db", path, "search", "x", "--limit", "0")
    assert (code, err) == (2, "fieldwheel: --limit must be at least 1.\n")


def test_an_old_database_says_how_far_its_indexing_is(tmp_path, form, capsys):
    path = tmp_path / "old.sqlite3"
    database_before_search(path, form, submissions=30)
    code, out, err = _run(capsys, "--db", str(path), "search", "number7")
    assert (code, out) == (0, "s7  Old mission · searchable · Sok · Evidence: cable [number7]\n")
    lines = [line for line in err.splitlines() if "Indexing answers for search" in line]
    assert lines[-1] == "fieldwheel: Indexing answers for search: 30 of 30"
    assert 5 <= len(lines) <= 11
