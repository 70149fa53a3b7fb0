"""The package's sheets as XlsxWriter writes them: widths as given, typed cells, nothing cut."""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc

import pytest
import xlsxwriter
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from exports.package.cells import VISIBLE_CUT_NOTE, VISIBLE_LIMIT
from exports.package.sheet_writer import CellRefusedError, Sheet, Styles


def _written(path, rows, *, widths=(), folded=(), wrap=False):
    with xlsxwriter.Workbook(str(path), {"constant_memory": True}) as workbook:  # closed anyway
        sheet = Sheet(workbook.add_worksheet("s"), Styles(workbook), widths)
        sheet.set_columns(widths, folded)
        for row in rows:
            sheet.append(row, wrap=wrap)
    return path


def test_column_widths_are_written_as_given_and_folded_columns_hidden(tmp_path):
    path = _written(tmp_path / "w.xlsx", [["a", "b", "c"]], widths=(24, 8.5, 37), folded={1})
    columns = load_workbook(path)["s"].column_dimensions
    assert [columns[letter].width for letter in "AC"] == [24, 37]
    assert columns["B"].width == 8.5 and columns["B"].hidden and columns["B"].outlineLevel == 1


def test_cells_keep_their_type_and_formula_like_text_stays_text(tmp_path):
    row = ["=SUM(A1)", "_x0041_ kept", 7, 2.5, True, dt.date(2026, 3, 1), 123456789.12345679]
    path = _written(tmp_path / "t.xlsx", [[*row, None, ""]])
    got = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("s").to_python()[0]
    assert got[:7] == row  # the float's 17 significant digits too
    assert got[7:] in ([], ["", ""])  # no cell written for None or ""
    cell = load_workbook(path)["s"]["A1"]
    assert cell.data_type == "s" and cell.quotePrefix


def test_long_readable_text_is_cut_by_our_rule_and_a_raw_cell_refused(tmp_path):
    """XlsxWriter would cut past 32,767 characters silently: never a hidden cell of records."""
    path = _written(tmp_path / "long.xlsx", [["word " * 8_000]])
    text = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("s").to_python()[0][0]
    assert len(text) <= VISIBLE_LIMIT and text.endswith(VISIBLE_CUT_NOTE)
    with xlsxwriter.Workbook(str(tmp_path / "raw.xlsx"), {"constant_memory": True}) as workbook:
        sheet = Sheet(workbook.add_worksheet("s"), Styles(workbook))
        with pytest.raises(CellRefusedError):
            sheet.append_raw(["x" * 40_000])


def test_a_value_no_cell_can_hold_is_refused(tmp_path):
    with pytest.raises(TypeError):
        _written(tmp_path / "odd.xlsx", [[object()]])


def test_memory_stays_flat_however_many_rows_have_a_height():
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True})
    sheet = Sheet(workbook.add_worksheet("s"), Styles(workbook), (10,))
    tracemalloc.start()
    try:
        grown = []
        for rows in (2_000, 20_000):
            while sheet.rows < rows:
                sheet.append(["a long answer that wraps"], wrap=True, height=45)
            grown.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
        workbook.close()
    assert grown[1] - grown[0] < 500_000  # 18,000 more rows; kept, they took 5.8 MB


def test_a_row_height_is_written(tmp_path):
    workbook_path = tmp_path / "r.xlsx"
    with xlsxwriter.Workbook(str(workbook_path), {"constant_memory": True}) as workbook:
        sheet = Sheet(workbook.add_worksheet("s"), Styles(workbook), (10,))
        for height in (None, 45, None, 30):
            sheet.append(["x"], height=height)
    dimensions = load_workbook(workbook_path)["s"].row_dimensions
    assert [dimensions[row].height for row in (2, 4)] == [45, 30]
    assert load_workbook(workbook_path)["s"]["A2"].value == "x"
