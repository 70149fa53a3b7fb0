"""How a readable sheet prints: landscape, fitted to the page width, header on every page.

Excel and LibreOffice print a sheet at 100 % by default, so a form sheet of a
hundred columns spreads over dozens of pages, each showing a few cells with
no header.  Every visible sheet is set to print landscape and scaled to the
paper's width; a sheet too wide to stay readable on one page is spread over
as few pages across as keep the text at ``MIN_SCALE`` or more.  Rows run on
as many pages as they need, each repeating the header row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

MIN_SCALE = 0.7
"""The smallest scale at which an 11-point cell still reads comfortably on paper (7.7 pt)."""
PAGE_CHARACTERS = 150
"""Default-font characters across a landscape A4 or Letter page at 100 %, inside margins."""


def pages_across(widths: Sequence[float]) -> int:
    """How many pages wide a sheet prints so that its scale stays at ``MIN_SCALE`` or above."""
    total = sum(widths) or 1
    return max(1, math.ceil(total * MIN_SCALE / PAGE_CHARACTERS))


def print_legibly(sheet: Any, widths: Sequence[float], *, header: bool) -> None:
    """Landscape, fitted to ``pages_across`` page widths, ``header`` row 1 on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = pages_across(widths)
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True  # cells stay apart on paper as on screen
    if header:
        sheet.print_title_rows = "1:1"
