"""The window's languages under test: English again after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from ui.shared import language


@pytest.fixture
def speak(qapp) -> Iterator:
    """``speak(code)`` switches the window's language; English (left to right) comes back after.

    Windows of earlier tests, closed over databases now closed, are deleted
    first: a language change reaches every widget still alive.
    """
    _delete_closed_windows()
    yield language.apply_language
    language.apply_language("en")


def _delete_closed_windows() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and not widget.isVisible():
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
