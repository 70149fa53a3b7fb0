"""A country field that finds "Cambodia" from "camb" and also accepts "KHM".

An editable combo box over every ISO 3166-1 country, with a completer that
matches anywhere in "Cambodia (KHM)", so people can type either the name or
the code.  Whatever cannot be matched is passed on as typed, and storage's
validation explains what is wrong with it.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from storage.validation import countries
from ui.missions.model import country_label


class CountryPicker(QComboBox):
    """Choose a country; ``code()`` gives its alpha-3 code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        by_name = sorted(countries().items(), key=lambda item: item[1].casefold())
        self._codes = [code for code, _name in by_name]
        self._names = [name for _code, name in by_name]
        self._labels = [country_label(code) for code in self._codes]
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(QStringListModel(self._labels, self))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Type a country name or code, e.g. camb"))
        self.setToolTip(self.tr("Start typing a country's name or its three-letter code."))

    def code(self) -> str:
        """The alpha-3 code of the chosen country, or the text as typed."""
        text = self.currentText().strip()
        folded = text.casefold()
        for code, name, label in zip(self._codes, self._names, self._labels, strict=True):
            if folded in (label.casefold(), code.casefold(), name.casefold()):
                return code
        return text

    def set_code(self, code: str) -> None:
        if code in self._codes:
            self.setCurrentIndex(self._codes.index(code))
        else:
            self.setEditText(code)
