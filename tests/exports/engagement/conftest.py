"""The engagement tests' shared world: the four sample missions, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import Database
from storage.demo import build_demo, demo_key, demo_uuid


@pytest.fixture(scope="session")
def sample_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("engagement") / "sample.sqlite3"
    with Database(path) as database:
        build_demo(database)
    return path


@pytest.fixture
def sample(sample_path):
    """The sample database, read only by these tests."""
    with Database(sample_path) as database:
        yield database


CAMBODIA = demo_uuid("mission")
MADAGASCAR = demo_uuid(demo_key("madagascar", "mission"))
DOMINICAN_REPUBLIC = demo_uuid(demo_key("dominican_republic", "mission"))
MAURITANIA = demo_uuid(demo_key("mauritania", "mission"))
