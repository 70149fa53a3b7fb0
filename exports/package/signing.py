"""Signing a package's manifest, and checking the signature of one being imported.

The manifest carries the content hash (which covers every hidden record)
and the signer's public key; the signature covers every manifest fact but
itself.  So a package whose answers were changed and whose hash was
recomputed with Fieldwheel's own code no longer verifies, and one whose
signature was stripped arrives unsigned, which import refuses unless told
otherwise.  Which keys to believe is ``exports.package.devices``' business.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass

from exports.package.content import PUBLIC_KEY_KEY, SIGNATURE_KEY
from exports.package.device_key import SigningKey, fingerprint
from exports.package.safety import refuse
from forms.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Signer:
    """Who signed a package: the key, its fingerprint and the device it names."""

    public_key: bytes
    fingerprint: str
    device_uuid: str
    device_name: str


def sign_manifest(facts: dict[str, str], key: SigningKey) -> None:
    """Add the signature of ``facts`` (which must already hold the hash and public key)."""
    facts[SIGNATURE_KEY] = base64.b64encode(key.sign(_message(facts))).decode("ascii")


def verify_manifest(manifest: Mapping[str, str], name: str) -> Signer | None:
    """The package's verified signer, or None for a package from before signing."""
    if SIGNATURE_KEY not in manifest and PUBLIC_KEY_KEY not in manifest:
        return None
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public_key = base64.b64decode(manifest.get(PUBLIC_KEY_KEY, ""), validate=True)
        signature = base64.b64decode(manifest.get(SIGNATURE_KEY, ""), validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, _message(manifest))
    except (InvalidSignature, ValueError, binascii.Error) as error:
        raise refuse(
            "package-bad-signature",
            QT_TRANSLATE_NOOP(
                "UserError",
                "The signature of {name} does not match its content: it was changed "
                "after export or forged, so it is refused.",
            ),
            name=name,
        ) from error
    return Signer(
        public_key,
        fingerprint(public_key),
        manifest.get("device_uuid", ""),
        manifest.get("device_name", ""),
    )


def _message(facts: Mapping[str, str]) -> bytes:
    signed = {key: value for key, value in facts.items() if key != SIGNATURE_KEY}
    return json.dumps(signed, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
