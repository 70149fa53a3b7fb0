"""Cell editors and the vote bar: typed, not clicked.

The block is typed as a few letters of its name (completed inline, matched
by prefix then anywhere in the name), the outcome by its initial, votes as
whole numbers, dates as YYYY-MM-DD.  A block or date that cannot be read is
not saved and the board says why; the old value stays.  Text and votes
typed in an open cell are saved 0.5 s after the last key, as in the form
view, so a power cut mid-sentence loses at most that.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIntValidator, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.workshop.model import PrioritiesModel
from ui.workshop.text_fields import SAVE_DELAY_MS

Index = QModelIndex | QPersistentModelIndex
VOTE_COLOURS = (QColor("#009E73"), QColor("#D55E00"), QColor("#9E9E9E"))
"""For, against, abstain: Okabe-Ito green and vermilion, and grey."""


def match_block(text: str, labels: dict[str, str]) -> str | None:
    """The block whose label is ``text``, starts with it, or contains it (first in order)."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for test in (str.__eq__, str.startswith, str.__contains__):
        for name, label in labels.items():
            if test(label.casefold(), wanted) or name == wanted:
                return name
    return None


class TypedCell(QLineEdit):
    """A cell editor whose typing is saved after a pause (it registers with the session)."""

    def __init__(self, delegate: BoardDelegate, parent: QWidget) -> None:
        super().__init__(parent)
        self.delegate = delegate
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.waiting = False
        self.textEdited.connect(self._typed)
        delegate.closeEditor.connect(self._closed)

    def _typed(self, _text: str) -> None:
        self.waiting = True
        self.delegate.board.session.track(self)
        self.timer.start()

    def _closed(self, editor: QWidget, _hint: object) -> None:
        if editor is self:
            self.stop()

    def stop(self) -> None:
        """Nothing left to save here: the view saved the text (Tab, Enter) or closed the cell."""
        self.waiting = False
        self.timer.stop()
        self.delegate.board.session.untrack(self)

    def flush(self) -> None:
        """Save the typed text now, leaving the cell open for more typing."""
        if self.waiting:
            self.delegate.commitData.emit(self)


class BoardDelegate(QStyledItemDelegate):
    """Editors per column kind; ``refused`` says why typed text was not saved."""

    refused = Signal(str)

    def __init__(self, model: PrioritiesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = self.board.columns[index.column()].kind
        if kind == "outcome":
            combo = QComboBox(parent)
            combo.addItem("", "")
            for name, label in self.board.outcome_labels.items():
                combo.addItem(label, name)
            return combo
        editor = TypedCell(self, parent) if kind in ("text", "vote") else QLineEdit(parent)
        if kind == "block":
            completer = QCompleter(list(self.board.block_labels.values()), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            editor.setCompleter(completer)
        elif kind == "vote":
            editor.setValidator(QIntValidator(0, 1_000_000, editor))
        elif kind == "date":
            editor.setPlaceholderText("YYYY-MM-DD")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        kind = self.board.columns[index.column()].kind
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit) and editor.text().strip() != value:
            # Equal text is left alone: a save during typing must not move the cursor.
            editor.setText(self.board.block_labels.get(value, value) if kind == "block" else value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        kind = self.board.columns[index.column()].kind
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "")
            return
        assert isinstance(editor, QLineEdit)
        if isinstance(editor, TypedCell):
            editor.stop()
        text = editor.text().strip()
        if kind == "block" and text:
            block = match_block(text, self.board.block_labels)
            if block is None:
                self.refused.emit(
                    self.tr("No building block is called “{text}”; nothing was changed.").format(
                        text=text
                    )
                )
                return
            text = block
        if kind == "date" and text and not _is_date(text):
            self.refused.emit(
                self.tr("“{text}” is not a date like 2027-03-31; nothing was changed.").format(
                    text=text
                )
            )
            return
        model.setData(index, text)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if self.board.columns[index.column()].kind == "bar":
            shares = self.board.tally(index.row()).shares()
            if shares is not None:
                paint_bar(painter, option.rect.adjusted(4, 6, -4, -6), shares)


def paint_bar(painter: QPainter, rect: QRect, shares: tuple[float, float, float]) -> None:
    """A stacked bar: for, against, abstain, left to right, in proportion."""
    painter.save()
    left = rect.left()
    for share, colour in zip(shares, VOTE_COLOURS, strict=True):
        width = round(share * rect.width())
        painter.fillRect(QRect(left, rect.top(), width, rect.height()), colour)
        left += width
    painter.restore()


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
