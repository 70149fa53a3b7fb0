"""What a reader finds in the English and French reports: text extracted with pdftotext."""

from __future__ import annotations

import pytest

from exports.wheel.mission import mission_wheel
from storage import Database
from tests.exports.report.conftest import pdf_text, poppler


def _flat(text: str) -> str:
    """One line, words joined again where a narrow table cell hyphenated them."""
    return " ".join(text.replace("\u00ad\n", "").split())


@pytest.mark.parametrize(("language", "country"), [("en", "Cambodia"), ("fr", "Cambodge")])
def test_country_blocks_and_pillars_in_the_reports_language(demo, reports, language, country):
    path, mission_uuid = demo
    with Database(path) as db:
        wheel = mission_wheel(db, mission_uuid).wheel
    text = _flat(pdf_text(reports(language)))
    assert country in text
    for pillar in wheel.pillars:
        assert pillar.label(language) in text
    for block in wheel.blocks:
        assert block.label(language) in text, block.name
    assert "Infrastructures et couverture" in text if language == "fr" else True


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            ["Executive summary", "Validation workshop outcomes", "How the scores are computed"],
        ),
        ("fr", ["Synthèse", "Résultats de l'atelier de validation", "Mode de calcul des scores"]),
    ],
)
def test_sections_are_in_the_reports_language(reports, language, words):
    text = _flat(pdf_text(reports(language)))
    for word in words:
        assert word in text


def test_french_numbers_use_a_decimal_comma(reports):
    text = _flat(pdf_text(reports("fr"), 3))
    assert "2,66" in text and "2.66" not in text


def test_cover_contents_running_header_and_page_numbers(reports):
    path = reports("en")
    pages = int(
        next(
            line.split()[-1]
            for line in poppler("pdfinfo", str(path)).splitlines()
            if line.startswith("Pages:")
        )
    )
    cover = _flat(pdf_text(path, 1))
    assert "MISSION REPORT" in cover and "Sophea Chan" in cover
    assert "Generated on 2026-11-23 09:30 UTC by Sophea Chan" in cover
    assert "Contents" in _flat(pdf_text(path, 2))
    for page in range(2, pages + 1):
        text = _flat(pdf_text(path, page))
        assert "SAMPLE – Cambodia digital transformation diagnostic" in text, page
        assert f"{page} / {pages}" in text, page


def test_workshop_outcomes_and_evidence_are_quoted(reports):
    text = _flat(pdf_text(reports("en")))
    assert "Extend the fibre backbone to every district" in text
    assert "The finance ministry objected to the loss of revenue." in text
    assert "“Backbone fibre now reaches all 25 provinces." in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Pledge map", "GAP: no pledge", "Key performance indicators", "on track"]),
        ("fr", ["Cartographie des engagements", "LACUNE : aucun engagement", "en bonne voie"]),
    ],
)
def test_pledge_map_gaps_and_kpis_are_in_the_report(demo, reports, language, words):
    from exports.engagement.kpis import kpi_board
    from exports.engagement.pledges import pledge_map

    path, mission_uuid = demo
    with Database(path) as db:
        pledges = pledge_map(db, mission_uuid)
        board = kpi_board(db, mission_uuid)
    text = _flat(pdf_text(reports(language)))
    for word in words:
        assert word in text, word
    assert pledges.gaps, "the sample has validated priorities nobody pledged to"
    for match in pledges.priorities:
        assert match.priority.title in text
    for pledge in (pledge for match in pledges.priorities for pledge in match.pledges):
        if pledge.pledger.isascii():  # pdftotext gives Arabic in visual order
            assert pledge.pledger in text
    for kpi in board.kpis:
        assert kpi.name in text


def test_charts_are_vector_graphics_not_pictures(reports):
    """The wheel, pledge map and KPI charts go in as SVG: the PDF holds no raster image."""
    listing = poppler("pdfimages", "-list", str(reports("en"))).splitlines()
    assert listing[0].split()[:2] == ["page", "num"]
    assert listing[2:] == []
