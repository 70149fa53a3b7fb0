"""The ODK tests' shared world: the sample mission exported once as a Briefcase folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.odk.briefcase import export_briefcase
from forms.library import builtin_forms
from storage import Database
from storage.demo import build_demo, demo_uuid
from storage.editing import store_form


@pytest.fixture(scope="module")
def field(tmp_path_factory) -> Path:
    """The field's database holding the sample missions; tests copy it before writing."""
    path = tmp_path_factory.mktemp("field") / "field.sqlite3"
    with Database(path) as db:
        build_demo(db)
    return path


@pytest.fixture(scope="module")
def briefcase(field, tmp_path_factory) -> Path:
    """The sample Cambodia mission as an ODK Briefcase folder; tests never change it."""
    folder = tmp_path_factory.mktemp("odk") / "briefcase"
    with Database(field) as db:
        export_briefcase(db, folder, [demo_uuid("mission")])
    return folder


def empty_database(path: Path, mission_uuid: str) -> Database:
    """A database that knows the built-in forms and one empty mission with ``mission_uuid``."""
    db = Database(path)
    for form in builtin_forms():
        store_form(db, form)
    db.create_mission("KHM", "Cambodia", "strategy", uuid=mission_uuid)
    return db
