"""What an empty database shows: a welcome and the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.shared.retranslate import Texts


class EmptyState(QWidget):
    """A friendly first page instead of an empty table.

    Signals:
        demo_requested(): "Load the sample missions" was pressed.
        new_mission_requested(): "New mission" was pressed.
    """

    demo_requested = Signal()
    new_mission_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button = QPushButton()
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_mission_requested)
        Texts(self).add(self._words)
        for button in (self.demo_button, self.new_button):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(12)
        column.addWidget(self.text)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)

    def _words(self) -> None:
        """Every text of the page, in the window's language (again after a change)."""
        self.title.setText(self.tr("Welcome to Fieldwheel"))
        self.text.setText(
            self.tr(
                "There are no missions in this database yet. A mission is one country's "
                "engagement: its diagnostic interviews, validation workshops, pledges and "
                "monitoring rounds.\n\nTry the sample missions to see how it works, or create "
                "your own."
            )
        )
        self.demo_button.setText(self.tr("Load the sample missions"))
        self.demo_button.setToolTip(
            self.tr(
                "Add fictional missions for Madagascar, the Dominican Republic, Mauritania "
                "and Cambodia, with filled-in forms, to explore."
            )
        )
        self.new_button.setText(self.tr("New mission…"))
        self.new_button.setToolTip(self.tr("Create a mission for your country (Ctrl+N)."))
