"""The one way Fieldwheel shows a list of records: a read-only, row-selecting table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.shared.records.model import UUID_ROLE


def record_view(model: QAbstractItemModel, *, name: str, stretch: int) -> QTableView:
    """A table over ``model`` selecting single rows; column ``stretch`` takes spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Columns fit the rows on screen, not every row read (a page or many of them).
    header.setResizeContentsPrecision(0)
    return view


def selected_key(view: QTableView) -> Any:
    """The key (``UUID_ROLE``) of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(UUID_ROLE) if rows else None


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` the current, selected and visible row."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
