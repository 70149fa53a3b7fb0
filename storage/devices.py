"""Known devices: the signing keys headquarters has seen, and which device ids they speak for.

A device is known by its key's fingerprint.  The first package signed by a
key pins it (``record_package``) and pins the device id it claims to that
key, so a later package claiming the same device with another key can be
refused.  ``trust`` enrols a fingerprint before any package arrives (for
``import --require-known-device``) or accepts a device's new key after a
reinstall; ``forget`` removes a device so its next package pins afresh.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from forms.errors import QT_TRANSLATE_NOOP, UserError
from storage.database import Database, utc_now

_HEX = re.compile(r"[^0-9a-f]")
FINGERPRINT_DIGITS = 32


@dataclass(frozen=True)
class KnownDevice:
    fingerprint: str
    name: str
    trusted_at: str | None
    first_seen_at: str | None
    first_package: str | None
    last_seen_at: str | None
    last_package: str | None
    packages: int
    device_uuids: tuple[str, ...]


def normalise_fingerprint(text: str) -> str:
    """``ab12:CD34…``, ``ab12 cd34…`` or ``ab12cd34…`` as stored: grouped lower-case hex."""
    digits = _HEX.sub("", text.lower())
    if len(digits) != FINGERPRINT_DIGITS:
        raise UserError(
            "bad-fingerprint",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{text!r} is not a device fingerprint: it has {digits} hexadecimal "
                "digits, as 'fieldwheel devices' shows them.",
            ),
            text=text,
            digits=FINGERPRINT_DIGITS,
        )
    return ":".join(digits[i : i + 4] for i in range(0, FINGERPRINT_DIGITS, 4))


def known_devices(db: Database) -> list[KnownDevice]:
    """Every known device, most recently heard from first."""
    rows = db.query(
        "SELECT d.*, group_concat(k.device_uuid, ' ') AS uuids FROM known_devices d"
        " LEFT JOIN device_keys k USING (fingerprint) GROUP BY d.fingerprint"
        " ORDER BY d.last_seen_at IS NULL, d.last_seen_at DESC, d.fingerprint"
    )
    return [_device(row) for row in rows]


def known_device(db: Database, fingerprint: str) -> KnownDevice | None:
    return next((d for d in known_devices(db) if d.fingerprint == fingerprint), None)


def pinned_fingerprint(db: Database, device_uuid: str) -> str | None:
    """The fingerprint the device id was first seen with, if any."""
    rows = db.query("SELECT fingerprint FROM device_keys WHERE device_uuid=?", (device_uuid,))
    return rows[0]["fingerprint"] if rows else None


def trust(db: Database, fingerprint: str) -> KnownDevice:
    """Enrol (or vouch for) the key with this fingerprint."""
    fingerprint = normalise_fingerprint(fingerprint)
    with db.transaction() as tx:
        tx.execute(
            "INSERT INTO known_devices (fingerprint, trusted_at) VALUES (?, ?)"
            " ON CONFLICT (fingerprint) DO UPDATE SET trusted_at = excluded.trusted_at",
            (fingerprint, utc_now()),
        )
    device = known_device(db, fingerprint)
    assert device is not None  # just written
    return device


def forget(db: Database, fingerprint: str) -> KnownDevice:
    """Remove a known device and the device ids pinned to it."""
    fingerprint = normalise_fingerprint(fingerprint)
    device = known_device(db, fingerprint)
    if device is None:
        raise UserError(
            "unknown-device",
            QT_TRANSLATE_NOOP("UserError", "No known device has the fingerprint {fingerprint}."),
            fingerprint=fingerprint,
        )
    with db.transaction() as tx:
        tx.execute("DELETE FROM known_devices WHERE fingerprint=?", (fingerprint,))
    return device


def is_pinned(tx: sqlite3.Connection, fingerprint: str, device_uuid: str) -> bool:
    """True when the key was seen in a package and the device id is pinned to it."""
    row = tx.execute(
        "SELECT 1 FROM known_devices d JOIN device_keys k USING (fingerprint)"
        " WHERE d.fingerprint=? AND k.device_uuid=? AND d.public_key IS NOT NULL",
        (fingerprint, device_uuid),
    ).fetchone()
    return row is not None


def record_package(
    tx: sqlite3.Connection,
    *,
    fingerprint: str,
    public_key: bytes,
    name: str,
    device_uuid: str,
    file_name: str,
) -> bool:
    """Count one imported package from this key, pinning key and device id; True if new."""
    stamp = utc_now()
    new = tx.execute(
        "SELECT public_key IS NULL FROM known_devices WHERE fingerprint=?", (fingerprint,)
    ).fetchone()
    tx.execute(
        "INSERT INTO known_devices (fingerprint, public_key, name, first_seen_at, first_package,"
        " last_seen_at, last_package, packages) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
        " ON CONFLICT (fingerprint) DO UPDATE SET public_key = excluded.public_key,"
        " name = excluded.name,"
        " first_seen_at = coalesce(known_devices.first_seen_at, excluded.first_seen_at),"
        " first_package = coalesce(known_devices.first_package, excluded.first_package),"
        " last_seen_at = excluded.last_seen_at, last_package = excluded.last_package,"
        " packages = known_devices.packages + 1",
        (fingerprint, public_key, name, stamp, file_name, stamp, file_name),
    )
    if device_uuid:
        tx.execute(
            "INSERT INTO device_keys (device_uuid, fingerprint) VALUES (?, ?)"
            " ON CONFLICT (device_uuid) DO UPDATE SET fingerprint = excluded.fingerprint",
            (device_uuid, fingerprint),
        )
    return new is None or bool(new[0])


def _device(row: dict) -> KnownDevice:
    return KnownDevice(
        fingerprint=row["fingerprint"],
        name=row["name"],
        trusted_at=row["trusted_at"],
        first_seen_at=row["first_seen_at"],
        first_package=row["first_package"],
        last_seen_at=row["last_seen_at"],
        last_package=row["last_package"],
        packages=row["packages"],
        device_uuids=tuple(sorted((row["uuids"] or "").split())),
    )
