"""This installation's signing key: created on first use, kept private in the user's data folder.

Each installation signs its packages with its own Ed25519 key, so
headquarters can tell a package from this laptop from one forged with the
project's own code.  The private key never leaves the data folder: it is
written once, with owner-only permissions, through a temporary file linked
into place (two processes starting at once agree on one key), and never put
in a package; only the 32-byte public key travels.  ``cryptography`` is
imported here, late, so the window starts without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from forms.errors import QT_TRANSLATE_NOOP, UserError
from forms.user_folder import data_folder

KEY_FILE = "device-signing-key.pem"


@dataclass(frozen=True)
class SigningKey:
    """The private key (PEM) and its public half (raw 32 bytes)."""

    private_pem: bytes
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        key = load_pem_private_key(self.private_pem, password=None)
        assert isinstance(key, Ed25519PrivateKey)  # checked when the key was read
        return key.sign(message)


def fingerprint(public_key: bytes) -> str:
    """A public key's short name: the first 128 bits of its SHA-256, in eight groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def installation_key(folder: Path | None = None) -> SigningKey:
    """This installation's key, created the first time it is needed."""
    path = (folder or data_folder()) / KEY_FILE
    try:
        if not path.exists():
            _create(path)
        pem = path.read_bytes()
    except OSError as error:
        raise UserError(
            "signing-key-unavailable",
            QT_TRANSLATE_NOOP(
                "UserError", "The signing key {path} cannot be created or read: {reason}."
            ),
            path=path,
            reason=error.strerror or error,
        ) from error
    return _parse(pem, path)


def _parse(pem: bytes, path: Path) -> SigningKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        PublicFormat,
        load_pem_private_key,
    )

    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise _damaged(path) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise _damaged(path)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return SigningKey(pem, public)


def _damaged(path: Path) -> UserError:
    return UserError(
        "signing-key-damaged",
        QT_TRANSLATE_NOOP(
            "UserError",
            "The signing key {path} is damaged; move it away and Fieldwheel will "
            "make a new one (headquarters will then see this computer as a new "
            "device).",
        ),
        path=path,
    )


def _create(path: Path) -> None:
    """Write a new key with owner-only permissions, never replacing one that appeared meanwhile.

    ``mkstemp`` creates the file with mode 0600 before a byte is written.
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    pem = Ed25519PrivateKey.generate().private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-", suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(pem)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        os.unlink(temporary)
