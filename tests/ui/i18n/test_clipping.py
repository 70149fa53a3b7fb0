"""French, the longest of the five, clips no button's text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QPushButton, QToolButton, QWidget

from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("told")


def _clipped(top: QWidget) -> list[str]:
    """Buttons shown narrower than their text (and icon) needs, by their text."""
    found = []
    for button in top.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QToolButton)) or not button.isVisible():
            continue
        if not button.text():
            continue
        if button.width() < button.sizeHint().width():
            found.append(f"{button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    return found


@pytest.mark.parametrize("code", ["fr", "es", "ar", "km"])
def test_no_button_of_the_main_window_is_clipped(qtbot, demo_db, speak, code) -> None:
    speak(code)
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _clipped(window) == []


def test_no_button_of_the_welcome_page_or_form_is_clipped_in_french(
    qtbot, empty_db, demo_db, speak
) -> None:
    speak("fr")
    welcome = MainWindow(empty_db)
    qtbot.addWidget(welcome)
    welcome.show()
    assert _clipped(welcome) == []
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    uuid = demo_db.query("SELECT uuid FROM submissions LIMIT 1")[0]["uuid"]
    filler = window.fillers.open(uuid, by="Dara")
    qtbot.waitExposed(filler)
    assert _clipped(filler) == []
