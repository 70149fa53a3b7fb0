"""Paged reads give exactly the full list, page after page, with the same counts."""

from __future__ import annotations

import pytest

from storage import Database
from storage.pages import (
    answer_counts,
    mission_position,
    missions_page,
    submission_position,
    submissions_page,
)
from tests.storage.many import many_submissions


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "many.sqlite3"
    mission = many_submissions(path, 1_203, same_moment=40)
    with Database(path) as db:
        yield db, mission


@pytest.mark.parametrize("size", [1, 7, 500, 5_000])
def test_pages_put_together_are_the_whole_list(many, size):
    db, mission = many
    pages, after = [], None
    while page := submissions_page(db, mission, after=after, limit=size):
        pages.extend(page)
        after = page[-1]
    assert pages == db.submissions(mission)


def test_answer_counts_leave_out_cleared_answers_and_span_chunks(many):
    db, mission = many
    everything = db.submissions(mission)
    counts = answer_counts(db, [s.uuid for s in everything])
    assert {s.uuid: s.answer_count for s in everything if s.answer_count} == counts
    assert max(counts.values()) == 5  # six answers, one of them cleared


def test_a_page_counts_answers_in_one_query(many):
    db, mission = many
    statements: list[str] = []
    db._connection.set_trace_callback(statements.append)
    try:
        submissions_page(db, mission, limit=300)
    finally:
        db._connection.set_trace_callback(None)
    assert len(statements) == 2  # the page, then its answer counts grouped


def test_positions_are_rows_of_the_list(many):
    db, mission = many
    everything = db.submissions(mission)
    for row in (0, 39, 40, 700, len(everything) - 1):
        assert submission_position(db, mission, everything[row].uuid) == row
    assert submission_position(db, mission, "no such submission") is None
    other = next(m.uuid for m in db.missions() if m.uuid != mission)
    assert submission_position(db, other, everything[0].uuid) is None


def test_missions_page_by_page_and_their_positions(many):
    db, _mission = many
    everything = db.missions()
    first = missions_page(db, limit=1)
    assert first + missions_page(db, after=first[-1], limit=5) == everything
    assert [mission_position(db, m.uuid) for m in everything] == list(range(len(everything)))


def test_a_page_reads_the_list_order_index_instead_of_scanning_the_mission(many):
    db, mission = many
    plan = db.query(
        "EXPLAIN QUERY PLAN SELECT s.uuid FROM submissions s"
        " WHERE s.mission_uuid = ? AND s.deleted_at IS NULL AND (s.created_at, s.uuid) > (?, ?)"
        " ORDER BY s.created_at, s.uuid LIMIT 10",
        (mission, "", ""),
    )
    details = " ".join(row["detail"] for row in plan)
    assert "submissions_in_order" in details
    assert "TEMP B-TREE" not in details
