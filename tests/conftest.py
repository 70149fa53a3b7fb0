"""Shared test set-up: Qt always offscreen, never a real display; never the user's data folder."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory, monkeypatch):
    """Each test signs packages with its own key, kept in a folder of its own."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("FIELDWHEEL_DATA_DIR", str(folder))
    return folder
