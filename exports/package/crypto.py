"""Whole-workbook password encryption (ECMA-376 agile, which Excel opens natively).

An encrypted package is an OLE compound file, not a zip; ``is_encrypted``
tells them apart by the first bytes so the reader can ask for a password
instead of calling the file damaged.  Decryption verifies the integrity HMAC,
so a tampered encrypted file is refused rather than half read.
"""

from __future__ import annotations

import io
from typing import BinaryIO

import msoffcrypto
from msoffcrypto.format.ooxml import OOXMLFile

from forms.errors import QT_TRANSLATE_NOOP, UserError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class PackagePasswordError(UserError):
    """The package is encrypted and the password is missing or wrong."""


def is_encrypted(data: bytes) -> bool:
    return data.startswith(OLE_MAGIC)


def encrypt(plain: BinaryIO, password: str, out: BinaryIO) -> None:
    """Write the encrypted form of the xlsx in ``plain`` to ``out``."""
    plain.seek(0)
    OOXMLFile(plain).encrypt(password, out)


def decrypt(data: bytes, password: str | None, name: str) -> bytes:
    """The xlsx inside an encrypted package, after checking password and integrity."""
    office = _encrypted_workbook(data, name)
    if not password:
        raise PackagePasswordError(
            "package-password-needed",
            QT_TRANSLATE_NOOP(
                "UserError", "{name} is protected by a password; give it with --password-file."
            ),
            name=name,
        )
    try:
        office.load_key(password=password, verify_password=True)
    except msoffcrypto.exceptions.InvalidKeyError as error:
        raise PackagePasswordError(
            "package-wrong-password",
            QT_TRANSLATE_NOOP("UserError", "The password for {name} is wrong."),
            name=name,
        ) from error
    except Exception as error:
        raise _damaged(name) from error
    out = io.BytesIO()
    try:
        office.decrypt(out, verify_integrity=True)
    except Exception as error:
        raise _damaged(name) from error
    return out.getvalue()


def _encrypted_workbook(data: bytes, name: str) -> OOXMLFile:
    """The OLE file as an encrypted xlsx; an old .xls (same first bytes) is told apart."""
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
    except Exception as error:
        raise _damaged(name) from error
    if not isinstance(office, OOXMLFile):
        raise UserError(
            "package-old-format",
            QT_TRANSLATE_NOOP(
                "UserError",
                "{name} is an old-style Office file (such as a 97-2003 .xls workbook), "
                "not a Fieldwheel package.",
            ),
            name=name,
        )
    return office


def _damaged(name: str) -> UserError:
    return UserError(
        "package-damaged",
        QT_TRANSLATE_NOOP(
            "UserError",
            "{name} is encrypted but damaged or tampered with (its integrity check failed).",
        ),
        name=name,
    )
