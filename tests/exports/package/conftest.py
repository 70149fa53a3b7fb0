"""The package tests' shared world: the sample exported once per module, and HQ's database."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.package.write import export_package
from storage import Database
from tests.exports.package.packing import as_schema_1
from tests.exports.package.support import SAMPLE, seed


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """The sample exported (without charts); tests write changed copies, never this file."""
    folder = tmp_path_factory.mktemp("package")
    with Database(folder / "field.sqlite3") as field:
        seed(field, SAMPLE)
        export_package(field, folder / "p.xlsx", charts=False)
    return folder / "p.xlsx"


@pytest.fixture(scope="module")
def old_package(package, tmp_path_factory) -> Path:
    """The sample in the layout of schema 1 (one hidden sheet per table), validly signed."""
    return as_schema_1(package, tmp_path_factory.mktemp("schema1") / "old.xlsx")


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test of ``hq`` runs on both backends, unless it reads SQLite itself."""
    if "hq_location" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("hq_location", ["sqlite"] if only_sqlite else BACKENDS, indirect=True)


@pytest.fixture
def hq_location(request, tmp_path) -> str:
    """Headquarters' database: a new SQLite file, or a new database on the test server."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_url")
    return str(tmp_path / "hq.sqlite3")


@pytest.fixture
def hq(hq_location):
    """Headquarters' database, already holding one submission of its own."""
    with Database(hq_location) as db:
        seed(db, {"info/name": "already here"}, author="Lead")
        yield db
