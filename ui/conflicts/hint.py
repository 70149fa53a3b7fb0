"""The status-bar button "3 conflicts to resolve", shown only while there are any.

An import with conflicts changes nothing the user can see in the lists,
since the local answers stay; without this reminder the decisions would
wait unnoticed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from storage import Database
from storage.conflicts import list_conflicts
from ui.shared.retranslate import Texts


class ConflictsHint(QPushButton):
    """A flat button counting the open conflicts; ``clicked`` opens them."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts(self)
        self._database = database
        self.setObjectName("conflicts_hint")
        self.setFlat(True)
        self.texts.add(
            lambda: self.setToolTip(self.tr("Answers changed both here and in an imported package"))
        )
        self.refresh()

    def refresh(self) -> None:
        """Count again (one small query): after imports and resolutions."""
        count = len(list_conflicts(self._database))
        self.setText(self.tr("%Ln conflict(s) to resolve", None, count))
        if count and self.icon().isNull():
            # Only once shown: QStyle's enums cost a start-up without conflicts ~10 ms.
            from PySide6.QtWidgets import QStyle

            self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setVisible(count > 0)
