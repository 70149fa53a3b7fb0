"""Shared helpers for the package tests: a small form with every shape, data builders, dumps,
and the check that a refusal can be shown in every language.

Named ``test_package_*`` to stay inside the package tests' files; it holds no tests.
"""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from defusedxml import ElementTree

from forms.errors import MarkedText, Phrase, UserError
from forms.xlsform.load import load_form_bytes
from storage import Database
from storage.editing import store_form
from ui.shared import catalogue

TINY_FORM = b"""
| survey | | | | | |
| | type | name | label::English (en) | label::French (fr) | constraint |
| | begin_group | info | Info | Infos | |
| | text | name | Name | Nom | |
| | integer | count | Count | Nombre | . >= 0 |
| | decimal | share | Share | Part | |
| | date | day | Day | Jour | |
| | select_one colour | colour | Colour | Couleur | |
| | select_multiple colour | colours | Colours | Couleurs | |
| | text | code | Code | Code | |
| | end_group | | | | |
| | begin_repeat | people | People | Personnes | |
| | text | person | Person | Personne | |
| | begin_repeat | phones | Phones | Telephones | |
| | text | phone | Phone | Telephone | |
| | end_repeat | | | | |
| | end_repeat | | | | |
| | note | bye | Thanks | Merci | |

| choices | | | | |
| | list_name | name | label::English (en) | label::French (fr) |
| | colour | red | Red | Rouge |
| | colour | green | Green | Vert |
| | colour | blue | Blue | Bleu |

| settings | | | |
| | form_id | version | form_title |
| | tiny | 1 | Tiny form |
"""

DATA_SHEETS = ("tiny", "people", "phones", "Codebook", "Audit log")
"""Sheets that depend on the data only (not on who exported when)."""
CANONICAL_SHEETS = (
    "_fw_forms",
    "_fw_missions",
    "_fw_submissions",
    "_fw_answers",
    "_fw_audit",
    "_fw_layout",
)


def tiny_form():
    return load_form_bytes(TINY_FORM, "tiny.md")


def new_db(path: Path) -> Database:
    return Database(path)


def seed(db: Database, answers: dict[str, str], *, author: str = "Sok", mission_uuid=None):
    """A mission with one tiny-form submission holding ``answers``: (mission, submission)."""
    form = tiny_form()
    store_form(db, form)
    mission = db.create_mission(
        "KHM", "Cambodia diagnostic", "strategy", team=["Sok", "Dara"], uuid=mission_uuid
    )
    submission = db.create_submission(mission.uuid, form.id, form.version, author)
    if answers:
        db.save_answers(submission.uuid, answers, author)
    return mission, submission


SAMPLE = {
    "info/name": '=HYPERLINK("http://x")',
    "info/count": "007",
    "info/share": "12.5",
    "info/day": "2026-03-01",
    "info/colour": "red",
    "info/colours": "red blue",
    "info/code": "00123",
    "people[1]/person": "عربي \u200f RTL 🎉",
    "people[1]/phones[1]/phone": "+855 12 345",
    "people[1]/phones[2]/phone": "-1",
    "people[2]/person": "line1\r\nline2\ttab\x01ctrl _x0041_",
}


def connect(location: Path | str):
    """A plain connection to an SQLite file or, for a ``postgresql://`` URL, to the server."""
    if str(location).startswith("postgresql://"):
        import psycopg

        return psycopg.connect(str(location))
    return sqlite3.connect(location)


def _tables(connection) -> list[str]:
    if isinstance(connection, sqlite3.Connection):
        sql = "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    else:
        sql = (
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
    return [row[0] for row in connection.execute(sql)]


def dump(location: Path | str) -> dict[str, list[tuple]]:
    """Every row of every data table, order-free and without local sequence numbers."""
    connection = connect(location)
    try:
        tables = _tables(connection)
        out = {}
        for table in tables:
            rows = connection.execute(f"SELECT * FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        connection.close()


def data(location: Path | str) -> dict[str, list[tuple]]:
    """The merged data: missions, forms, submissions, answers and audit (without ``seq``)."""
    connection = connect(location)
    try:
        out = {}
        for table in ("missions", "forms", "submissions", "answers"):
            out[table] = sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        audit = connection.execute(
            "SELECT submission_uuid, path, old_value, new_value, at, by, device_uuid FROM audit"
        ).fetchall()
        out["audit"] = sorted(audit, key=repr)
        return out
    finally:
        connection.close()


def sheets(path: Path, names=None) -> dict[str, list[list]]:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    wanted = names or workbook.sheet_names
    return {
        n: workbook.get_sheet_by_name(n).to_python() for n in wanted if n in workbook.sheet_names
    }


@functools.cache
def _catalogues() -> dict[str, set[tuple[str, str]]]:
    """Each translated language's (context, English source) pairs that are translated."""
    found = {}
    for code in catalogue.TRANSLATED:
        ts = catalogue.TRANSLATIONS_DIR / f"fieldwheel_{code}.ts"
        messages = set()
        for context in ElementTree.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    messages.add((context.findtext("name"), message.findtext("source")))
        found[code] = messages
    return found


def assert_translatable(*texts: MarkedText | Phrase) -> None:
    """Each marked text is one the window can show in every language: its template and
    context are in every catalogue, translated."""
    for text in texts:
        template = text.template if isinstance(text, Phrase) else text
        assert isinstance(template, MarkedText), repr(template)
        for code, messages in _catalogues().items():
            assert (template.context, str(template)) in messages, (
                f"{code}: {template.context}: {template!r}"
            )


def assert_translated(error: UserError) -> None:
    """The refusal's sentence, and each marked clause filled into it, can be shown in
    every language."""
    marked = [v for v in error.params.values() if isinstance(v, MarkedText | Phrase)]
    assert_translatable(error.template, *marked)
