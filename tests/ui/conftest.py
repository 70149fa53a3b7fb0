"""Fixtures every window test shares: private settings and recorded error dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.shared import errors, workers


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Settings go to the test's folder; the user's own are never read or written."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def told(monkeypatch) -> list[BaseException]:
    """The errors the user was shown (recorded instead of shown); waits for workers."""
    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(errors, "show_crash", lambda _parent, error: shown.append(error))
    yield shown
    workers.wait_for_workers()
