"""The section tree on the left, with each section's progress.

Progress reads "answered/total"; a section still missing required answers
shows the count in red with a tooltip, a section with a rejected answer is
marked, and a section whose group is not relevant is hidden, as its
questions are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ui.filler.look import ERROR_COLOUR
from ui.filler.progress import Progress
from ui.filler.sections import Section, SectionMap

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class SectionNavigator(QTreeWidget):
    """Sections as a tree; choosing one asks the filler to open it.

    Signals:
        section_chosen(str): the user moved to the section with this key.
        section_entered(str): the user pressed Enter (or double-clicked) on it.
    """

    section_chosen = Signal(str)
    section_entered = Signal(str)

    def __init__(self, sections: SectionMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = sections
        self.items: dict[str, QTreeWidgetItem] = {}
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for root in sections.roots:
            self.addTopLevelItem(self._item(root))
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(
            lambda item, _column: self.section_entered.emit(item.data(0, KEY_ROLE))
        )

    def _item(self, section: Section) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, KEY_ROLE, section.key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items[section.key] = item
        for child in section.children:
            item.addChild(self._item(child))
        return item

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.section_chosen.emit(item.data(0, KEY_ROLE))

    def set_titles(self, titles: dict[str, str]) -> None:
        for key, item in self.items.items():
            item.setText(0, titles.get(key, key))
            item.setToolTip(0, titles.get(key, key))

    def set_progress(self, progress: dict[str, Progress]) -> None:
        for key, item in self.items.items():
            found = progress.get(key)
            if found is None or found.total == 0:
                item.setText(1, "")
                item.setToolTip(1, "")
                continue
            item.setText(1, f"{found.answered}/{found.total}")
            tips = [
                self.tr("{answered} of {total} answered").format(
                    answered=found.answered, total=found.total
                )
            ]
            if found.missing_required:
                tips.append(self.tr("{n} required still empty").format(n=found.missing_required))
            if found.errors:
                tips.append(self.tr("{n} answers not accepted").format(n=found.errors))
            item.setToolTip(1, "\n".join(tips))
            warn = found.missing_required or found.errors
            item.setForeground(1, QBrush(QColor(ERROR_COLOUR)) if warn else QBrush())

    def set_relevant(self, key: str, shown: bool) -> None:
        if key in self.items:
            self.items[key].setHidden(not shown)

    def select(self, key: str) -> None:
        item = self.items.get(key)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
