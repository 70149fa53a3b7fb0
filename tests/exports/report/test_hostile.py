"""Answers are printed as typed: markup syntax, huge rooms and odd text never break a report."""

from __future__ import annotations

import pytest

from exports.report.build import ReportOptions, write_report
from storage import Database
from tests.exports.report.conftest import BY, NOW, pdf_text, poppler

HOSTILE = [
    '#panic("typst ran this")',
    "*not bold* _not emph_ $x^2$",
    '#import "/etc/passwd"',
    "] [ } { <label> @ref",
    "\\ backslash // not a comment /* nor this */",
    "= not a heading",
    '#eval("1 + 1")',
]
ATTENDEES = 90


@pytest.fixture(scope="module")
def hostile(demo, tmp_path_factory):
    """The sample mission with hostile evidence and priorities, and a 90-person workshop."""
    path, mission_uuid = demo
    copy = tmp_path_factory.mktemp("hostile") / "hostile.sqlite3"
    with Database(path) as db:
        db.snapshot(copy)
    with Database(copy) as db:
        submissions = db.submissions(mission_uuid)
        diagnostic = next(
            s for s in submissions if s.form_id == "diagnostic" and s.author == "Dara Kim"
        )
        db.save_answer(
            diagnostic.uuid,
            "access/infrastructure/infrastructure_evidence",
            "\n".join(HOSTILE),
            "tester",
        )
        workshop = next(s for s in submissions if s.form_id == "validation_workshop")
        sizes = db.repeat_sizes(workshop.uuid)
        people = {}
        for n in range(sizes["attendees"] + 1, ATTENDEES + 1):
            people[f"attendees[{n}]/attendee_name"] = f"Attendee number {n}"
            people[f"attendees[{n}]/attendee_group"] = "civil_society"
        people["priorities[1]/priority_title"] = HOSTILE[0] + " " + HOSTILE[1]
        people["priorities[2]/priority_owner"] = "W" * 300
        db.save_answers(
            workshop.uuid, people, "tester", repeat_sizes={**sizes, "attendees": ATTENDEES}
        )
    return copy, mission_uuid


def _report(hostile, tmp_path, kind: str):
    path, mission_uuid = hostile
    target = tmp_path / f"{kind}.pdf"
    with Database(path) as db:
        write_report(db, mission_uuid, target, ReportOptions("en", kind), by=BY, now=NOW)
    return target


def test_markup_in_answers_is_printed_literally(hostile, tmp_path):
    text = pdf_text(_report(hostile, tmp_path, "full"))
    for line in HOSTILE:
        assert line in text, line
    assert "typst ran this" in text  # printed, not raised: the report exists at all


def test_minutes_table_of_90_attendees_repeats_its_header_on_every_page(hostile, tmp_path):
    path = _report(hostile, tmp_path, "workshop")
    # Rows say "Civil society": "Stakeholder group" is only ever the table's header.
    header = "Stakeholder group"
    pages_with_attendees = []
    for page in range(3, 8):
        text = " ".join(pdf_text(path, page).split())
        if "Attendee number" in text:
            pages_with_attendees.append(page)
            assert header in text, page
    assert len(pages_with_attendees) >= 2
    assert f"Attendee number {ATTENDEES}" in pdf_text(path)


def test_an_unbreakable_answer_stays_inside_the_page(hostile, tmp_path):
    """300 letters without a space: hyphenated inside its cell, not off the paper."""
    path = _report(hostile, tmp_path, "workshop")
    boxes = poppler("pdftotext", "-bbox", str(path), "-")
    assert pdf_text(path).count("W") >= 300  # all of it, on several lines
    right_margin = 595.3 - 59.5  # A4 less the 2.1 cm margin
    for line in boxes.splitlines():
        if "<word" in line and "WWWW" in line:
            x_max = float(line.split('xMax="')[1].split('"')[0])
            assert x_max <= right_margin + 1, line
