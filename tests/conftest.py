"""Shared test set-up: Qt always offscreen, never a real display; never the user's data folder."""

import os

import pytest

from forms.user_folder import DATA_FOLDER_VARIABLE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A throwaway PostgreSQL server (`postgres_server`, `postgres_url`) for the tests marked postgres.
pytest_plugins = ["tests.postgres_server"]


@pytest.fixture(scope="session", autouse=True)
def private_data_folder(tmp_path_factory):
    """One signing key (and crash logs) for the whole run, in a folder of its own.

    Session-wide, so module-scoped fixtures that export packages sign with
    the same key as the tests importing them (one installation, as in life).
    """
    folder = tmp_path_factory.mktemp("data")
    previous = os.environ.get(DATA_FOLDER_VARIABLE)
    os.environ[DATA_FOLDER_VARIABLE] = str(folder)
    yield folder
    if previous is None:
        del os.environ[DATA_FOLDER_VARIABLE]
    else:
        os.environ[DATA_FOLDER_VARIABLE] = previous
