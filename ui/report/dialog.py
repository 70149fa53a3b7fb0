"""The report dialog: language, kind, paper size and the PDF file, nothing else.

It only collects choices; ``ui.report.making`` runs the work.  The language
list names each language in itself, so a Khmer speaker finds ខ្មែរ without
reading English.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage import Mission
from ui.shared.language import LANGUAGES, language_name

SCRIPT_FONTS = ("NotoSansKhmer-Regular.ttf", "NotoSansArabic-Regular.ttf")
"""Bundled fonts (``resources/fonts``, as ``exports.shared.fonts`` names them) the list needs."""
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


@cache
def _script_fonts_added() -> bool:
    """Give Qt the bundled Khmer and Arabic fonts once, so ខ្មែរ and العربية are never boxes.

    A laptop without a Khmer font (most Linux installs) would otherwise show
    the very language a Cambodian team looks for as empty squares.
    """
    folder = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    return all(QFontDatabase.addApplicationFont(str(folder / name)) >= 0 for name in SCRIPT_FONTS)


@dataclass(frozen=True)
class ReportChoices:
    """What to make and where: codes as the core takes them (``en``, ``full``, ``a4``)."""

    language: str
    kind: str
    paper: str
    path: Path


def suggested_name(mission: Mission, kind: str, language: str, today: dt.date) -> str:
    """``KHM-report-en-2026-11-23.pdf`` (or ``…-minutes-…``): what is inside, at a glance."""
    what = "report" if kind == "full" else "minutes"
    country = _UNSAFE.sub("-", mission.country).strip("-.") or "mission"
    return f"{country}-{what}-{language}-{today.isoformat()}.pdf"


class ReportDialog(QDialog):
    """Choose the report's language, kind, paper and file before it is made."""

    def __init__(
        self,
        mission: Mission,
        folder: Path,
        *,
        has_workshop: bool,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Mission report"))
        self._mission = mission
        self._folder = folder
        self._today = today or dt.date.today()
        self._named_by_hand = False
        _script_fonts_added()
        fields = self._fields(has_workshop)
        title = QLabel(mission.title)
        title.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the PDF"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(fields)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._rename()

    def _fields(self, has_workshop: bool) -> QFormLayout:
        """Language, kind, paper and file; minutes only offered when there is a workshop."""
        self.language = QComboBox()
        for code, name in ((code, language_name(code)) for code in LANGUAGES):
            self.language.addItem(name, code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Full report"), "full")
        self.kind.addItem(self.tr("Workshop minutes"), "workshop")
        if not has_workshop:
            self.kind.model().item(1).setEnabled(False)
            self.kind.setItemData(
                1,
                self.tr("The mission has no validation workshop yet."),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US letter"), "letter")
        self.file = QLineEdit()
        self.file.setObjectName("report_file")
        self.file.textEdited.connect(self._named)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)

        fields = QFormLayout()
        fields.addRow(self.tr("&Language:"), self.language)
        fields.addRow(self.tr("&Kind:"), self.kind)
        fields.addRow(self.tr("&Paper:"), self.paper)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        fields.addRow(file_label, file_row)
        for combo in (self.language, self.kind):
            combo.currentIndexChanged.connect(self._rename)
        return fields

    def choices(self) -> ReportChoices:
        path = Path(self.file.text().strip())
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return ReportChoices(
            self.language.currentData(), self.kind.currentData(), self.paper.currentData(), path
        )

    def _named(self) -> None:
        self._named_by_hand = True

    def _rename(self) -> None:
        """Follow language and kind in the suggested name until the user types their own."""
        if self._named_by_hand:
            return
        name = suggested_name(
            self._mission, self.kind.currentData(), self.language.currentData(), self._today
        )
        self.file.setText(str(self._folder / name))

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.file.text(), self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.file.setText(name)
            self._named_by_hand = True
