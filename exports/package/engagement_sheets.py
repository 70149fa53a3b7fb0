"""The package's engagement sheets: the pledge map and the KPI table, tidy (one fact per row).

Derived, readable sheets like the wheel's: computed by ``exports.engagement``
from the exported missions, never read back on import (the canonical sheets
carry the answers they come from).  Text is made spreadsheet-safe as on every
readable sheet, so a pledger named "=SUM(...)" stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from exports.engagement.kpis import kpi_board
from exports.engagement.pledges import pledge_map
from exports.engagement.tidy import KPI_HEADER, PLEDGE_HEADER, kpi_rows, pledge_rows
from exports.package.printing import LINE_HEIGHT, pages_down, print_legibly
from exports.package.sheet_writer import Sheet, Styles
from forms.errors import UserError
from storage.database import Database

PLEDGE_SHEET = "Pledge map"
KPI_SHEET = "KPI table"
"""Names with a space: a form's sheets are named after form ids and repeats, which have none."""
HEADER_WIDTH = 12
"""The widest a column is made for its header, which wraps onto a second line past it:
wider, the KPI table's seventeen columns would not fit one page's width."""
NOTHING_TO_MAP = frozenset({"no-pledge-register", "no-wheel-blocks", "no-monitoring"})


def add_engagement_sheets(
    workbook: Any, styles: Styles, db: Database, missions: Sequence[str] | None
) -> None:
    """Append the two sheets for ``missions`` (all when None) to an XlsxWriter ``workbook``,
    when any mission has the data."""
    uuids = list(missions) if missions is not None else [m.uuid for m in db.missions()]
    pledges = [row for uuid in uuids for row in _rows(pledge_rows, pledge_map, db, uuid)]
    kpis = [row for uuid in uuids for row in _rows(kpi_rows, kpi_board, db, uuid)]
    for name, header, rows in (
        (PLEDGE_SHEET, PLEDGE_HEADER, pledges),
        (KPI_SHEET, KPI_HEADER, kpis),
    ):
        taken = {sheet.name.lower() for sheet in workbook.worksheets()}
        if rows and name.lower() not in taken:
            sheet = Sheet(workbook.add_worksheet(name), styles)
            widths = [max(10, min(len(str(h)) + 2, HEADER_WIDTH)) for h in header]
            sheet.set_columns(widths)
            down = pages_down(len(rows) + 1)  # long, narrow: fuller pages
            print_legibly(sheet.worksheet, widths, header=True, pages_down=down)
            sheet.append(header, height=LINE_HEIGHT * 2, every=styles.wrapped)
            for row in rows:
                sheet.append(row)


def _rows(rows, compute, db: Database, uuid: str) -> Iterable[tuple[Any, ...]]:
    try:
        return list(rows(compute(db, uuid)))
    except UserError as error:
        if error.code in NOTHING_TO_MAP:
            return []
        raise
