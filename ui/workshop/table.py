"""The priorities table and its keys: a workshop captured without the mouse.

Enter on the last row adds a priority and opens its title; V, M, R, D set
the outcome of the selected row (except in the title, block, owner and date
columns, where letters start typing); Alt+Up/Down re-rank; Tab moves through the
editable cells, skipping the rank and the vote bar; Ctrl+Delete removes one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.workshop.columns import OUTCOME_KEYS
from ui.workshop.delegates import BoardDelegate
from ui.workshop.model import PrioritiesModel

TEXT_KINDS = ("text", "block", "date")


class PrioritiesView(QTableView):
    """The board's table.

    Signals:
        add_requested(): Enter on the last row.
        outcome_requested(int, str): row, outcome name.
        move_requested(int, int): row, +1 or -1.
        remove_requested(int): row.
    """

    add_requested = Signal()
    outcome_requested = Signal(int, str)
    move_requested = Signal(int, int)
    remove_requested = Signal(int)

    def __init__(self, model: PrioritiesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorities")
        self.setModel(model)
        self.board = model
        self.delegate = BoardDelegate(model, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.set_widths()

    def set_widths(self) -> None:
        """Column widths in characters of the current font, so zoom keeps them in proportion."""
        em = self.fontMetrics().horizontalAdvance("M")
        widths = {
            "rank": 2,
            "text": 11,
            "block": 10,
            "outcome": 6.5,
            "vote": 6,
            "bar": 5,
            "date": 7,
        }
        for number, column in enumerate(self.board.columns):
            wide = 15 if column.field == "priority_title" else widths[column.kind]
            self.setColumnWidth(number, int(wide * em))
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.6))

    def column_of(self, field: str) -> int:
        return next(i for i, column in enumerate(self.board.columns) if column.field == field)

    def edit_cell(self, row: int, field: str) -> None:
        """Select the cell and open its editor (the cursor in the text)."""
        index = self.board.index(row, self.column_of(field))
        self.setCurrentIndex(index)
        self.edit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._board_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _board_key(self, event: QKeyEvent) -> bool:
        """Handle the board's own keys; False leaves the key to the table."""
        index = self.currentIndex()
        row = index.row() if index.isValid() else -1
        key, mods = Qt.Key(event.key()), event.modifiers()
        alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not mods & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if row in (-1, self.board.rowCount() - 1):
                self.add_requested.emit()
            else:
                self.edit(index)
            return True
        if row < 0:
            return False
        if mods == alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(row, -1 if key == Qt.Key.Key_Up else 1)
            return True
        if mods == ctrl and key == Qt.Key.Key_Delete:
            self.remove_requested.emit(row)
            return True
        letter = event.text().upper()
        kind = self.board.columns[index.column()].kind
        if letter in OUTCOME_KEYS and kind not in TEXT_KINDS and not mods & (alt | ctrl):
            self.outcome_requested.emit(row, OUTCOME_KEYS[letter])
            return True
        return False

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab go through the cells people type in, row after row.

        The rank and the vote bar are stepped over; past the last cell the
        cursor stays (Enter there adds the next priority).
        """
        step = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }.get(action)
        current = self.currentIndex()
        if step is None or not current.isValid():
            return super().moveCursor(action, modifiers)
        cells = [
            (row, column)
            for row in range(self.board.rowCount())
            for column, kind in enumerate(self.board.columns)
            if kind.editable
        ]
        here = (current.row(), current.column())
        later = [cell for cell in cells if (cell > here if step > 0 else cell < here)]
        if not later:
            return current
        row, column = later[0] if step > 0 else later[-1]
        return self.board.index(row, column)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, field: str = "priority_title") -> None:
        if 0 <= row < self.board.rowCount():
            self.setCurrentIndex(self.board.index(row, self.column_of(field)))
