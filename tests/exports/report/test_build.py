"""Making the report: the numbers are the core's, the options are checked, cancel leaves nothing."""

from __future__ import annotations

import string
import threading

import pytest

import main
from exports.report.build import ReportOptions, report_pdf, write_report
from exports.report.diagnostic import summary
from exports.report.show import Writer
from exports.report.words import LANGUAGES, WORDS
from exports.wheel.mission import mission_wheel
from forms.errors import Cancelled, UserError
from storage import Database
from tests.exports.report.conftest import BY, NOW, pdf_text, poppler


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_every_word_with_the_same_placeholders():
    english = WORDS["en"]
    for language in LANGUAGES:
        words = WORDS[language]
        assert set(words) == set(english), language
        for key, text in english.items():
            assert _fields(words[key]) == _fields(text), (language, key)
            assert words[key].strip(), (language, key)


def test_summary_numbers_are_the_combined_wheels(demo):
    path, mission_uuid = demo
    with Database(path) as db:
        combined = mission_wheel(db, mission_uuid)
    write = Writer("en", WORDS["en"], comma=False, rtl=False)
    found = summary(combined, write)
    assert found["overall"] == f"{combined.current.overall:.2f}"
    for row, pillar in zip(found["pillars"], combined.wheel.pillars, strict=True):
        expected = combined.current.pillars[pillar.name]
        assert row["score"] == f"{expected.score:.2f}"
        assert row["indicators"] == f"{expected.answered}/{expected.total}"
    strongest = max(
        (b for b in combined.wheel.blocks if combined.current.blocks[b.name].score is not None),
        key=lambda b: combined.current.blocks[b.name].score,
    )
    assert found["strongest"][0]["name"] == strongest.label("en")


def test_arabic_numbers_are_isolated_left_to_right():
    write = Writer("ar", WORDS["ar"], comma=False, rtl=True)
    assert write.change(2.5, 2.0) == "\u2066+0.50\u2069"
    assert write.span(1.5, 3) == "\u20661.50 – 3.00\u2069"
    assert Writer("fr", WORDS["fr"], comma=True, rtl=False).change(2.0, 2.5) == "\u22120,50"


def test_letter_paper(reports):
    info = poppler("pdfinfo", str(reports("en", "full", "letter")))
    assert "612 x 792 pts (letter)" in info


def test_workshop_minutes_list_attendees_decisions_and_actions_without_contacts(demo, reports):
    text = " ".join(pdf_text(reports("en", "workshop")).replace("\u00ad\n", "").split())
    for expected in (
        "Validation workshop minutes",
        "Attendees",
        "Sok Chanthy",
        "Decisions, priority by priority",
        "Extend the fibre backbone to every district",
        "The finance ministry objected to the loss of revenue.",
        "Actions",
        "2028-12-31",
    ):
        assert expected in text, expected
    assert "@example" not in text and "+855" not in text


def test_cancel_stops_before_anything_is_written(demo, tmp_path):
    path, mission_uuid = demo
    cancel = threading.Event()
    seen = []

    def progress(done, total, label):
        seen.append(label)
        if len(seen) == 2:
            cancel.set()

    target = tmp_path / "r.pdf"
    with Database(path) as db, pytest.raises(Cancelled):
        write_report(db, mission_uuid, target, progress=progress, cancel=cancel)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "code"),
    [
        (ReportOptions(language="de"), "report-bad-option"),
        (ReportOptions(kind="slides"), "report-bad-option"),
        (ReportOptions(paper="a3"), "report-bad-option"),
    ],
)
def test_unknown_options_are_one_sentence(demo, options, code):
    path, mission_uuid = demo
    with Database(path) as db, pytest.raises(UserError) as caught:
        report_pdf(db, mission_uuid, options, by=BY, now=NOW)
    assert caught.value.code == code


def test_minutes_of_a_mission_without_a_workshop_are_refused(tmp_path):
    with Database(tmp_path / "empty.sqlite3") as db:
        mission = db.create_mission("MRT", "Mauritania", "initiation")
        with pytest.raises(UserError) as caught:
            report_pdf(db, mission.uuid, ReportOptions(kind="workshop"), by=BY, now=NOW)
    assert caught.value.code == "report-no-workshop"


def test_cli_prints_progress_and_writes_the_pdf(demo, tmp_path, capsys):
    path, mission_uuid = demo
    target = tmp_path / "R.pdf"
    argv = ["--db", str(path), "report", "--mission", mission_uuid, "--out", str(target)]
    assert main.main([*argv, "--lang", "fr", "--kind", "workshop"]) == 0
    err = capsys.readouterr().err
    assert "Typesetting…" in err and f"report written to {target}" in err
    assert "Procès-verbal de l'atelier de validation" in pdf_text(target)


def test_cli_refuses_a_name_that_is_not_pdf_in_one_sentence(demo, tmp_path, capsys):
    path, mission_uuid = demo
    argv = [
        "--db",
        str(path),
        "report",
        "--mission",
        mission_uuid,
        "--out",
        str(tmp_path / "R.docx"),
    ]
    assert main.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ending in .pdf" in err
    assert not (tmp_path / "R.docx").exists()


def test_pledge_and_kpi_rows_are_the_engagement_cores(demo):
    from exports.engagement.kpis import kpi_board
    from exports.engagement.pledges import pledge_map
    from exports.report.engagement import kpi_section, pledge_section

    path, mission_uuid = demo
    write = Writer("en", WORDS["en"], comma=False, rtl=False)
    with Database(path) as db:
        found = pledge_map(db, mission_uuid)
        board = kpi_board(db, mission_uuid)
        pledges = pledge_section(db, mission_uuid, write)
        kpis = kpi_section(db, mission_uuid, found.wheel, write)
    assert pledges is not None and kpis is not None
    for row, block in zip(pledges["blocks"], found.blocks, strict=True):
        assert row["pledges"].split()[0] == str(block.pledges)
        assert row["alert"] == block.weak_unpledged
    assert [p["gap"] for p in pledges["priorities"]] == [m.gap for m in found.priorities]
    for row, kpi in zip(kpis["kpis"], board.kpis, strict=True):
        latest = kpi.latest
        assert row["progress"] == ("–" if latest is None else f"{latest.progress:.0%}")


def test_a_mission_without_pledges_or_rounds_says_so(tmp_path):
    from exports.report.engagement import kpi_section, pledge_section

    write = Writer("en", WORDS["en"], comma=False, rtl=False)
    with Database(tmp_path / "empty.sqlite3") as db:
        mission = db.create_mission("MRT", "Mauritania", "initiation")
        assert pledge_section(db, mission.uuid, write) is None
        assert kpi_section(db, mission.uuid, None, write) is None


def test_a_mission_without_a_baseline_says_so_in_its_language(demo, tmp_path):
    path, _ = demo
    target = tmp_path / "mdg.pdf"
    with Database(path) as db:
        mission = next(m for m in db.missions() if m.country == "MDG")
        write_report(db, mission.uuid, target, ReportOptions("fr"), by=BY, now=NOW)
    text = " ".join(pdf_text(target).split())
    assert "Madagascar" in text
    assert "Il n'existe pas de cycle antérieur" in text


def test_respondents_fall_in_the_rounds_the_combined_wheel_used(demo):
    from exports.report.respondents import respondents

    path, mission_uuid = demo
    with Database(path) as db:
        combined = mission_wheel(db, mission_uuid)
        people = respondents(db, combined)
    assert sum(person.current for person in people) == combined.respondents
    assert any(not person.current for person in people) == (combined.baseline is not None)
