"""The tables a copy carries, in an order their references allow, and how rows are hashed.

Every table of Fieldwheel's schema is listed here or named as derived; a
test compares this with the schema, so a table added later is never left
behind silently.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Table:
    """One table: its name and the columns of its primary key (how rows are told apart)."""

    name: str
    key: tuple[str, ...]

    def describe(self, key: tuple[Any, ...]) -> str:
        """A row's key as people read it: ``seq 88`` or ``submission_uuid=…, path=…``."""
        return ", ".join(f"{column} {value}" for column, value in zip(self.key, key, strict=True))


TABLES: tuple[Table, ...] = (
    Table("device", ("uuid",)),
    Table("forms", ("form_id", "version")),
    Table("missions", ("uuid",)),
    Table("submissions", ("uuid",)),
    Table("answers", ("submission_uuid", "path")),
    Table("audit", ("seq",)),
    Table("conflicts", ("id",)),
    Table("imports", ("package_uuid", "content_sha256")),
    Table("repeat_sizes", ("submission_uuid", "repeat_key")),
    Table("known_devices", ("fingerprint",)),
    Table("device_keys", ("device_uuid",)),
)
"""Referenced tables before the tables referring to them."""

NUMBERED = (("audit", "seq"), ("conflicts", "id"))
"""Columns the database numbers itself; the copy keeps the source's numbers."""

DERIVED_PREFIXES = ("search_",)
"""Tables the target fills itself from the copied rows (the search index)."""

BOOKKEEPING = frozenset({"sqlite_sequence", "fieldwheel_schema", "analysts"})
"""Each engine's own records of numbering and schema version, made by opening the target,
and a server's names of its PostgreSQL roles (meaningless on another server or in a file)."""


def canonical(value: Any) -> Any:
    """A value as both engines give it back: bytes as hex, everything else as JSON has it."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"bytes": bytes(value).hex()}
    return value


def row_digest(row: tuple[Any, ...]) -> bytes:
    """The SHA-256 of one row's values, the same whichever engine it was read from."""
    text = json.dumps([canonical(value) for value in row], ensure_ascii=False)
    return hashlib.sha256(text.encode()).digest()
