"""Painting a cell's HTML (the excerpt with its matching words in bold) inside a table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.search.model import HTML_ROLE


class HighlightDelegate(QStyledItemDelegate):
    """Draws ``HTML_ROLE`` as rich text, with the row's selection colours."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(HTML_ROLE)
        if text is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(text, option)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        top = option.rect.top() + (option.rect.height() - document.size().height()) / 2
        painter.translate(option.rect.left(), top)
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = index.data(HTML_ROLE)
        if text is None:
            return super().sizeHint(option, index)
        document = self._document(text, option)
        return QSize(int(document.idealWidth()), int(document.size().height()))

    @staticmethod
    def _document(text: str, option: QStyleOptionViewItem) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(text)
        return document
