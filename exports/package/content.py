"""The canonical content of a package: which records, in which order, with which hash.

Export reads it from a consistent snapshot of the database (a second,
read-only connection inside one read transaction, so an autosave during
export can neither be half-included nor blocked); import reads it back from
the packed records (``exports.package.packed``; packages of schema 1 held one
hidden sheet per table).  Both sides hash the records in table order, so
the manifest's SHA-256 proves the hidden records are what was written.
Order is a function of the data only (never of ``seq`` or rowid), so
exporting an imported database gives the same sheets again.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.model import strip_positions
from storage.database import Database

Record = tuple[str | None, ...]


@dataclass(frozen=True)
class Table:
    """One canonical table: its hidden sheet, its columns, and how export reads it."""

    sheet: str
    columns: tuple[str, ...]
    order: str


PACKAGE_FORMAT = "fieldwheel-package"
PACKAGE_SCHEMA = 2
"""Bumped when a reader of an older schema could misread a newer package.

2: the canonical records are packed into one hidden sheet (``exports.package.packed``)
instead of one hidden sheet per table; schema 1 packages are still read."""
MANIFEST_SHEET = "_fw_manifest"
HASH_KEY = "content_sha256"
PUBLIC_KEY_KEY = "signer_public_key"
"""The exporting installation's Ed25519 public key (base64), covered by hash and signature."""
SIGNATURE_KEY = "signature"
"""The Ed25519 signature of every other manifest fact (``exports.package.signing``)."""
FORMS = Table(
    "_fw_forms",
    ("form_id", "version", "title", "source_name", "source", "sha256", "added_at"),
    "form_id, version",
)
MISSIONS = Table(
    "_fw_missions",
    (
        "uuid",
        "country",
        "title",
        "phase",
        "start_date",
        "end_date",
        "team",
        "notes",
        "created_at",
        "updated_at",
        "deleted_at",
    ),
    "created_at, uuid",
)
SUBMISSIONS = Table(
    "_fw_submissions",
    (
        "uuid",
        "mission_uuid",
        "form_id",
        "form_version",
        "status",
        "author",
        "device_uuid",
        "created_at",
        "updated_at",
        "deleted_at",
        "last_path",
    ),
    "form_id, form_version, created_at, uuid",
)
ANSWERS = Table(
    "_fw_answers",
    ("submission_uuid", "path", "value", "updated_at", "updated_by"),
    "path",
)
AUDIT = Table(
    "_fw_audit",
    ("submission_uuid", "path", "old_value", "new_value", "at", "by", "device_uuid"),
    "at, device_uuid, submission_uuid, path, new_value, old_value, by",
)
LAYOUT = Table(
    "_fw_layout",
    (
        "sheet",
        "form_id",
        "version",
        "repeat_path",
        "parent",
        "header",
        "path",
        "type",
        "choice",
        "meta",
    ),
    "",
)
TABLES = (FORMS, MISSIONS, SUBMISSIONS, ANSWERS, AUDIT, LAYOUT)

_encode_line = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""``json.dumps`` with these options, without building an encoder per record."""


class ContentHash:
    """SHA-256 of the canonical records and the manifest facts.

    One running hash per table (tables are written interleaved), combined in
    TABLES order with the manifest's own fields, so neither the data nor the
    identity of the package can change unnoticed.
    """

    def __init__(self) -> None:
        self._tables = {table.sheet: hashlib.sha256() for table in TABLES}

    def add(self, table: Table, record: Sequence[str | None]) -> bytes:
        """Hash ``record``; returns its line, which the packed records carry as is."""
        text = _encode_line(record)
        line = text.encode("utf-8", "surrogatepass") + b"\n"
        self._tables[table.sheet].update(line)
        return line

    def add_lines(self, table: Table, lines: list[bytes]) -> None:
        """Hash lines read back from the packed records (``add``'s own bytes, newlines dropped)."""
        self._tables[table.sheet].update(b"\n".join(lines) + b"\n")

    def hexdigest(self, manifest: Mapping[str, str]) -> str:
        total = hashlib.sha256()
        for table in TABLES:
            total.update(f"{table.sheet}:{self._tables[table.sheet].hexdigest()}\n".encode())
        facts = {
            key: value for key, value in manifest.items() if key not in (HASH_KEY, SIGNATURE_KEY)
        }
        total.update(json.dumps(facts, sort_keys=True, ensure_ascii=False).encode())
        return total.hexdigest()


@contextmanager
def snapshot(db: Database) -> Iterator[Any]:
    """A read-only connection holding one read transaction: a consistent view."""
    with db.read_view() as connection:
        yield connection


def select_missions(connection: Any, mission_uuids: Sequence[str] | None) -> list[Record]:
    """The missions to export: the given ones, or all (deleted ones too, so deletions travel)."""
    columns = ", ".join(MISSIONS.columns)
    rows = connection.execute(
        f"SELECT {columns} FROM missions ORDER BY {MISSIONS.order}"
    ).fetchall()
    if mission_uuids is None:
        return rows
    wanted = set(mission_uuids)
    chosen = [row for row in rows if row[0] in wanted]
    missing = wanted - {row[0] for row in chosen}
    if missing:
        first = sorted(missing)[0]
        raise UserError(
            "unknown-mission",
            QT_TRANSLATE_NOOP("UserError", "There is no mission {uuid}."),
            uuid=first,
        )
    return chosen


def select_submissions(connection: Any, mission_uuids: Sequence[str]) -> list[Record]:
    columns = ", ".join(f"s.{name}" for name in SUBMISSIONS.columns)
    rows = connection.execute(
        f"SELECT {columns} FROM submissions s ORDER BY {SUBMISSIONS.order}"
    ).fetchall()
    wanted = set(mission_uuids)
    return [row for row in rows if row[1] in wanted]


def select_forms(connection: Any, keys: set[tuple[str, str]]) -> list[Record]:
    """The forms the submissions use, with their exact source as base64."""
    columns = ", ".join(FORMS.columns)
    rows = connection.execute(f"SELECT {columns} FROM forms ORDER BY {FORMS.order}").fetchall()
    chosen = []
    for row in rows:
        if (row[0], row[1]) in keys:
            source = base64.b64encode(row[4]).decode("ascii")
            chosen.append((*row[:4], source, *row[5:]))
    return chosen


def answer_records(connection: Any, submission_uuid: str) -> list[Record]:
    """One submission's answers including tombstones, ordered by path."""
    columns = ", ".join(ANSWERS.columns)
    return connection.execute(
        f"SELECT {columns} FROM answers WHERE submission_uuid = ? ORDER BY {ANSWERS.order}",
        (submission_uuid,),
    ).fetchall()


def answer_lengths(
    connection: Any, mission_uuids: Sequence[str]
) -> dict[tuple[str, str], dict[str, int]]:
    """Per form, each question's longest answer among the live submissions of the missions.

    Keyed by path without repeat positions: the data sheets size their columns
    by it (and fold the questions nobody answered) before the rows stream.
    """
    lengths: dict[tuple[str, str], dict[str, int]] = {}
    for mission in mission_uuids:
        rows = connection.execute(
            "SELECT s.form_id, s.form_version, a.path, MAX(LENGTH(a.value))"
            " FROM answers a JOIN submissions s ON s.uuid = a.submission_uuid"
            " WHERE s.mission_uuid = ? AND s.deleted_at IS NULL"
            " AND a.value IS NOT NULL AND a.value <> ''"
            " GROUP BY s.form_id, s.form_version, a.path",
            (mission,),
        ).fetchall()
        for form_id, version, path, length in rows:
            by_path = lengths.setdefault((form_id, version), {})
            question = strip_positions(path)
            by_path[question] = max(by_path.get(question, 0), length or 0)
    return lengths


def audit_records(connection: Any, submission_uuids: set[str]) -> Iterator[Record]:
    """The audit entries of the exported submissions, in data order (not ``seq``)."""
    columns = ", ".join(AUDIT.columns)
    cursor = connection.execute(f"SELECT {columns} FROM audit ORDER BY {AUDIT.order}")
    for row in cursor:
        if row[0] in submission_uuids:
            yield row
