"""Latest request wins: an older result that arrives late never replaces a newer one."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QWidget

from forms.errors import UserError
from ui.shared import workers
from ui.shared.latest_request import LatestRequest

TIMEOUT_S = 30


def _latest(qtbot) -> tuple[LatestRequest, list[object]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    arrived: list[object] = []
    return LatestRequest(parent, arrived.append), arrived


def _settle() -> None:
    """Every request has finished and its outcome has been delivered (or dropped)."""
    assert workers.wait_for_workers()
    QApplication.processEvents()


def test_an_older_result_arriving_after_a_newer_one_is_dropped(qtbot) -> None:
    latest, arrived = _latest(qtbot)
    release = threading.Event()

    def slow(_task: workers.Task) -> str:
        assert release.wait(TIMEOUT_S)
        return "older"  # ignores its cancel flag, as work between checks does

    latest.start(slow)
    latest.start(lambda _task: "newer")
    qtbot.waitUntil(lambda: arrived == ["newer"], timeout=TIMEOUT_S * 1000)
    release.set()
    _settle()
    assert arrived == ["newer"]
    assert not latest.running


def test_starting_again_asks_the_older_request_to_stop(qtbot) -> None:
    latest, _arrived = _latest(qtbot)
    started, release = threading.Event(), threading.Event()
    tasks: list[workers.Task] = []

    def slow(task: workers.Task) -> None:
        tasks.append(task)
        started.set()
        assert release.wait(TIMEOUT_S)

    latest.start(slow)
    assert started.wait(TIMEOUT_S)
    latest.start(lambda _task: None)
    assert tasks[0].cancel.is_set()
    release.set()
    _settle()


def test_a_dropped_request_hands_nothing_on(qtbot) -> None:
    latest, arrived = _latest(qtbot)
    release = threading.Event()
    latest.start(lambda _task: release.wait(TIMEOUT_S))
    assert latest.running
    latest.drop()
    assert not latest.running
    release.set()
    _settle()
    assert arrived == []


def test_a_user_error_is_the_newest_result_not_a_dialog(qtbot, told) -> None:
    latest, arrived = _latest(qtbot)
    error = UserError("no-wheel", "Nothing to show yet.")

    def refuse(_task: workers.Task) -> None:
        raise error

    latest.start(lambda _task: "older")
    latest.start(refuse)
    _settle()
    assert arrived == [error]
    assert told == []
