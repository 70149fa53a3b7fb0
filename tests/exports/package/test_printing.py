"""Every visible sheet prints legibly, and a sample mission's package on few pages.

The page count is measured the way a person would get it: LibreOffice
converts the package to PDF and ``pdfinfo`` counts the pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from exports.package.printing import MIN_SCALE, PAGE_CHARACTERS, pages_across
from exports.package.write import export_package
from storage import Database

MAX_PAGES = 25


@pytest.fixture(scope="module")
def mission_package(tmp_path_factory):
    """The Madagascar sample mission: three diagnostics, 214 answers."""
    from storage.demo import build_demo

    folder = tmp_path_factory.mktemp("printing")
    with Database(folder / "demo.sqlite3") as db:
        build_demo(db)
        mission = next(m for m in db.missions() if m.country == "MDG")
        export_package(db, folder / "mdg.xlsx", missions=[mission.uuid])
    return folder / "mdg.xlsx"


def test_every_visible_sheet_prints_landscape_fitted_with_its_header(mission_package):
    workbook = load_workbook(mission_package)
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    assert len(visible) >= 5
    for sheet in visible:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.page_setup.fitToHeight == 0, sheet.title
        if sheet.title != "About":
            assert sheet.print_title_rows == "$1:$1", sheet.title


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
def test_the_sample_mission_prints_on_few_pages(mission_package, tmp_path):
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            mission_package,
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "mdg.pdf")], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert 0 < pages <= MAX_PAGES
    width, height = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    assert width > height  # landscape
