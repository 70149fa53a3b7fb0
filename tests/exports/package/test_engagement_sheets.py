"""The package's pledge map and KPI sheets: tidy, from the same numbers as the views."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from exports.engagement.tidy import KPI_HEADER, PLEDGE_HEADER
from exports.package.engagement_sheets import KPI_SHEET, PLEDGE_SHEET
from exports.package.importing import import_package
from exports.package.printing import MIN_SCALE
from exports.package.write import export_package
from storage import Database
from storage.demo import build_demo, demo_key, demo_uuid

CAMBODIA = demo_uuid("mission")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("engagement")
    with Database(folder / "field.sqlite3") as field:
        build_demo(field)
        export_package(field, folder / "all.xlsx", charts=False)
        madagascar = demo_uuid(demo_key("madagascar", "mission"))
        export_package(field, folder / "mdg.xlsx", missions=[madagascar], charts=False)
    return folder


def _rows(path, sheet):
    workbook = load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[sheet].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_pledge_sheet_has_one_fact_per_row(exported):
    header, *rows = _rows(exported / "all.xlsx", PLEDGE_SHEET)
    assert header == PLEDGE_HEADER
    facts = {(r[3], r[4], r[5]): r[6] for r in rows if r[0] == CAMBODIA}
    assert facts[("digital_skills", "amount", "CHF")] == 2_500_000
    assert facts[("digital_skills", "amount", "EUR")] == 350_000
    assert facts[("digital_skills", "pledges_active", None)] == 2
    assert facts[("devices_usage", "pledges_withdrawn", None)] == 1
    unpledged = [r[5] for r in rows if r[4] == "unpledged_priority"]
    assert unpledged == [
        "Converged licensing framework for fixed and mobile networks",
        "E-commerce law and rules for online payments",
    ]
    assert len({(r[0], r[3], r[4], r[5]) for r in rows}) == len(rows)  # no fact twice


def test_kpi_sheet_has_one_reading_per_row(exported):
    header, *rows = _rows(exported / "all.xlsx", KPI_SHEET)
    assert header == KPI_HEADER
    coverage = [r for r in rows if r[3] == "4G population coverage"]
    assert [(r[9], r[11], r[13], r[15]) for r in coverage] == [
        ("2025 annual review", 88, 0.375, "on_track"),
        ("2026 annual review", 92.5, 0.6562, "on_track"),
    ]
    assert coverage[0][4] == "%"
    assert len(rows) == 8 + 9  # the 2025 round reviewed 8 KPIs, the 2026 round 9


def test_a_mission_without_pledges_or_kpis_gets_no_such_sheets(exported):
    workbook = load_workbook(exported / "mdg.xlsx", read_only=True)
    try:
        assert PLEDGE_SHEET not in workbook.sheetnames and KPI_SHEET not in workbook.sheetnames
    finally:
        workbook.close()


def test_the_package_still_imports(exported, tmp_path):
    with Database(tmp_path / "hq.sqlite3") as hq:
        import_package(hq, exported / "all.xlsx")
        assert len(hq.missions()) == 4


def test_the_engagement_sheets_print_landscape_with_their_header(exported):
    workbook = load_workbook(exported / "all.xlsx")
    for name in (PLEDGE_SHEET, KPI_SHEET):
        sheet = workbook[name]
        assert sheet.page_setup.orientation == "landscape"
        if sheet.sheet_properties.pageSetUpPr.fitToPage:  # one page wide
            assert sheet.page_setup.fitToWidth in (None, 1)  # absent: the default, 1
        else:  # wider: full pages at the smallest legible scale
            assert sheet.page_setup.scale >= MIN_SCALE * 100
        assert sheet.print_title_rows == "$1:$1"
