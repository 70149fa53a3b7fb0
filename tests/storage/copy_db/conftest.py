"""Databases to copy between: SQLite files and PostgreSQL databases on the test server."""

from __future__ import annotations

import contextlib
import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage import Database
from storage.demo import build_demo

ENGINES = ("sqlite", "postgresql")
DIRECTIONS = [
    pytest.param(source, target, id=f"{source}-to-{target}")
    for source in ENGINES
    for target in ENGINES
]


@pytest.fixture
def new_location(request, tmp_path) -> Iterator[Callable[[str], str]]:
    """``new_location(engine)``: where an empty database of that engine can be made."""
    made = contextlib.ExitStack()
    numbers = itertools.count()

    def make(engine: str) -> str:
        if engine == "sqlite":
            return str(tmp_path / f"copy-{next(numbers)}.sqlite3")
        server = request.getfixturevalue("postgres_server")
        return made.enter_context(server.fresh_database())

    with made:
        yield make


def fill(database: Database) -> None:
    """The sample missions, and a row in every table the sample leaves empty.

    Text with quotes, ``%`` and ``?`` (placeholders to a careless driver), Khmer,
    a NULL and bytes, so the copy meets what the engines could disagree on.
    """
    build_demo(database)
    database.set_author("Sok Dara")
    [submission, *_] = database.submissions(database.missions()[0].uuid)
    database.save_answers(submission.uuid, {"odd": "100% sûr? 'oui' \"non\" ខ្មែរ"}, "Sok Dara")
    with database.transaction() as tx:
        tx.execute(
            "INSERT INTO conflicts (submission_uuid, path, local_value, package_value,"
            " package_updated_at, package_updated_by, package_uuid, package_device_uuid,"
            " detected_at) VALUES (?, 'odd', NULL, '50%?', '2026-11-30T10:00:00.000000Z',"
            " 'Field', 'pkg-1', 'dev-field', '2026-12-01T09:00:00.000000Z')",
            (submission.uuid,),
        )
        tx.execute(
            "INSERT INTO imports VALUES ('pkg-1', ?, 'dev-field', 'KHM.xlsx',"
            " '2026-12-01T09:00:00.000000Z', 3, 2, 1, 1)",
            ("ab" * 32,),
        )
        tx.execute(
            "INSERT INTO known_devices (fingerprint, public_key, name, packages)"
            " VALUES ('fp-1', ?, 'Field laptop', 2)",
            (bytes(range(256)) * 2,),
        )
        tx.execute("INSERT INTO device_keys VALUES ('dev-field', 'fp-1')")


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Path:
    """``fill``'s database as an SQLite file, made once (the sample takes seconds to build)."""
    path = tmp_path_factory.mktemp("template") / "filled.sqlite3"
    with Database(path) as database:
        fill(database)
    return path


@pytest.fixture
def filled(new_location, template) -> Callable[[str], str]:
    """``filled(engine)``: the location of a database of its own holding ``fill``'s rows.

    A server database is filled by copying the template into it, the
    direction ``test_every_table_arrives_and_is_checked`` checks on its own.
    """

    def make(engine: str) -> str:
        location = new_location(engine)
        if engine == "sqlite":
            shutil.copy(template, location)
            return location
        from storage.copy_db.copying import copy_database

        with Database(template) as source, Database(location) as target:
            assert copy_database(source, target).same
        return location

    return make
