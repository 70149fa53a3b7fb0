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


@pytest.fixture
def hq(tmp_path):
    """Headquarters' database, already holding one submission of its own."""
    with Database(tmp_path / "hq.sqlite3") as db:
        seed(db, {"info/name": "already here"}, author="Lead")
        yield db
