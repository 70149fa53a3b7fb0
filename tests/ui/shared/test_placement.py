"""A window remembered from a bigger or another screen still opens whole on this one."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow

from ui.shared.placement import place


def test_a_window_far_off_and_too_big_is_brought_inside_the_screen(qtbot) -> None:
    elsewhere = QMainWindow()
    qtbot.addWidget(elsewhere)
    elsewhere.move(5000, 4000)
    elsewhere.resize(4000, 3000)
    remembered = elsewhere.saveGeometry()

    window = QMainWindow()
    qtbot.addWidget(window)
    place(window, remembered, QSize(1200, 780))
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())


def test_without_a_memory_the_preferred_size_is_used_when_it_fits(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    preferred = QSize(available.width() // 2, available.height() // 2)
    place(window, QByteArray(), preferred)
    assert window.size() == preferred
