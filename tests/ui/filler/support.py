"""Helpers shared by the filler tests: a database with one submission, and typing.

Kept in a ``test_filler*`` module (it holds no tests) so every filler test
builds its world the same way: a fresh ``tmp_path`` database, the form
stored exactly as the window will reload it, and a FormFillerWindow driven
through real key and mouse events.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from forms.library import load_builtin
from forms.model import Form
from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import store_form
from ui.filler.fields.base import QuestionField
from ui.filler.window import FormFillerWindow

SKIP_LOGIC = """
| survey |
| | type | name | label | relevant | constraint | constraint_message | required | calculation |
| | text | name | Name | | | | yes | |
| | integer | age | Age | | . >= 0 and . <= 120 | Age must be between 0 and 120. | | |
| | select_one yn | smoker | Do you smoke? | | | | yes | |
| | integer | per_day | Cigarettes per day | ${smoker} = 'yes' | | | yes | |
| | note | summary | ${name} is ${age} years old. | | | | | |
| | calculate | double_age | Twice the age | | | | | ${age} * 2 |
| | text | notes | Notes | | | | | |
| | decimal | income | Income | | | | | |
| | date | visit | Visit date | | | | | |
| | begin_repeat | people | People | | | | | |
| | text | person | Person | | | | | |
| | end_repeat | | | | | | | |
| choices | | | |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
"""


@dataclass
class Opened:
    db: Database
    uuid: str
    form: Form
    window: FormFillerWindow

    @property
    def filler(self):
        return self.window.filler

    def field(self, path: str) -> QuestionField:
        """The field for ``path``, opening its section first (pages are built lazily)."""
        self.filler.reveal(path)
        page = self.filler.pages[self.filler.sections.owner(path)]
        return page.fields[path]

    def stored(self) -> dict[str, str]:
        return self.db.answers(self.uuid)


def markdown_form(text: str, name: str = "test_form.md") -> Form:
    return load_form_bytes(text.strip().encode(), name)


def new_submission(db: Database, form: Form) -> str:
    store_form(db, form)
    mission = db.create_mission("KHM", "Filler test", "strategy")
    return db.create_submission(mission.uuid, form.id, form.version, "Sok").uuid


def open_window(qtbot, db: Database, uuid: str) -> FormFillerWindow:
    window = FormFillerWindow(db, uuid, by="Sok")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def open_form(qtbot, tmp_path: Path, form: Form | str) -> Opened:
    """A new submission of ``form`` (a Form or a built-in id), open in a filler window."""
    if isinstance(form, str):
        form = load_builtin(form)
    db = Database(tmp_path / "fieldwheel.sqlite3")
    uuid = new_submission(db, form)
    return Opened(db, uuid, form, open_window(qtbot, db, uuid))


def input_of(field: QuestionField) -> QWidget:
    """The widget that receives keys for ``field`` (line edit, combo, scale …)."""
    target = field.input.focusProxy() or field.input
    return target


def type_text(qtbot, field: QuestionField, text: str) -> None:
    """Focus ``field`` like a user and type ``text`` into it."""
    field.focus_input()
    target = input_of(field)
    qtbot.waitUntil(target.hasFocus, timeout=1000)
    qtbot.keyClicks(target, text)


def leave(qtbot, field: QuestionField) -> None:
    """Press Tab to move on from ``field``."""
    qtbot.keyClick(input_of(field), Qt.Key.Key_Tab)


def click(qtbot, widget: QWidget) -> None:
    """Click where a person would: on the indicator end (a radio's text may be shorter than it)."""
    x = 8 if widget.isLeftToRight() else widget.width() - 8
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(x, widget.height() // 2))
