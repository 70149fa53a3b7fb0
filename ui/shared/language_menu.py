"""View ▸ Language: the window's five languages, each named in its own script.

The names come from Babel when the menu first opens, so start-up does not
read Babel's locale data; choosing one switches at once and is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.shared import language


class LanguageMenu(QMenu):
    """A menu of languages; ``chosen(code)`` after the window has switched to one."""

    chosen = Signal(str)

    def __init__(self, store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_menu")
        self._store = store
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """One checkable entry per language (built once), the current one checked."""
        if not self._group.actions():
            for code in language.LANGUAGES:
                action = self.addAction(language.language_name(code))
                action.setData(code)
                action.setCheckable(True)
                self._group.addAction(action)
                action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
        for action in self._group.actions():
            action.setChecked(action.data() == language.current_language())

    def choose(self, code: str) -> None:
        """Speak ``code`` now (open windows retranslate) and next time too."""
        language.apply_language(code)
        language.remember(code, self._store)
        self.chosen.emit(code)
