"""Whether to believe who signed a package: pin on first sight, refuse a changed key.

Checks run before the merge and change nothing; ``pin`` runs inside the
merge's transaction, so a refused or failed import pins nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from exports.package.safety import refuse
from exports.package.signing import Signer
from forms.errors import QT_TRANSLATE_NOOP
from storage import devices
from storage.database import Database


@dataclass(frozen=True)
class DevicePolicy:
    """What import demands of signatures (the command line's two switches)."""

    allow_unsigned: bool = False
    require_known_device: bool = False


SIGNED_ONLY = DevicePolicy()
"""The default: signed packages from any device, keys pinned on first sight."""


def check_signer(db: Database, signer: Signer | None, name: str, policy: DevicePolicy) -> None:
    """Refuse an unsigned package, an unknown device when required, or a device's changed key."""
    if signer is None:
        if not policy.allow_unsigned:
            raise refuse(
                "package-unsigned",
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{name} is not signed (it was written before Fieldwheel signed packages, "
                    "or its signature was removed); import it with --allow-unsigned only if "
                    "you trust where it came from.",
                ),
                name=name,
            )
        if policy.require_known_device:
            raise refuse(
                "package-unknown-device",
                QT_TRANSLATE_NOOP(
                    "UserError", "{name} is not signed, so it cannot come from a known device."
                ),
                name=name,
            )
        return
    known = devices.known_device(db, signer.fingerprint)
    if policy.require_known_device and known is None:
        raise refuse(
            "package-unknown-device",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} was signed by a device this database does not know (fingerprint "
                "{fingerprint}); enrol it with 'fieldwheel devices trust {fingerprint}' "
                "after checking the fingerprint with its owner.",
            ),
            name=name,
            fingerprint=signer.fingerprint,
        )
    pinned = devices.pinned_fingerprint(db, signer.device_uuid)
    vouched = known is not None and known.trusted_at is not None
    if pinned is not None and pinned != signer.fingerprint and not vouched:
        raise refuse(
            "package-device-key-changed",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} claims to come from {device}, but is signed with another key "
                "({fingerprint}, not {pinned}); it is refused as a possible forgery. If "
                "that device was reinstalled, check the new fingerprint with its owner "
                "and run 'fieldwheel devices trust {fingerprint}'.",
            ),
            name=name,
            device=signer.device_name or "a known device",
            fingerprint=signer.fingerprint,
            pinned=pinned,
        )


def pin(tx: sqlite3.Connection, signer: Signer, file_name: str, *, changed: bool) -> bool:
    """Record the package against its signer's key; True when the key is seen for the first time.

    A package imported again without changing anything changes nothing here
    either, once its key and device id are pinned.
    """
    if not changed and devices.is_pinned(tx, signer.fingerprint, signer.device_uuid):
        return False
    return devices.record_package(
        tx,
        fingerprint=signer.fingerprint,
        public_key=signer.public_key,
        name=signer.device_name,
        device_uuid=signer.device_uuid,
        file_name=file_name,
    )
