"""Hashes and Base64: ``digest``, ``base64-decode`` and ``extract-signed``.

They follow JavaRosa: text is hashed as UTF-8; ``digest`` names its algorithm
as MD5, SHA-1, SHA-256, SHA-384 or SHA-512 in any case, with or without the
dash, and encodes as base64 (default) or hex; Base64 input is read leniently
(characters outside the alphabet are skipped, and a length that is not a
multiple of four decodes to nothing) and decoded bytes become text through
UTF-8 with replacement characters.  ``extract-signed`` returns the message of
an Ed25519-signed Base64 text (64 signature bytes, then the message) when the
signature holds for the given Base64 public key, and '' otherwise.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

from forms.errors import QT_TRANSLATE_NOOP, ExpressionError

from ..context import EvaluationContext
from ..values import Value, to_string
from .registry import function

_ALGORITHMS = {
    "MD5": "md5",
    "SHA1": "sha1",
    "SHA256": "sha256",
    "SHA384": "sha384",
    "SHA512": "sha512",
}
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")
_SIGNATURE_BYTES = 64


@function("digest", 2, 3)
def _digest(
    ctx: EvaluationContext, value: Value, algorithm: Value, encoding: Value = "base64"
) -> str:
    name = to_string(algorithm)
    hasher = _ALGORITHMS.get(name.upper().replace("-", ""))
    if hasher is None:
        raise ExpressionError(
            "function-arguments",
            QT_TRANSLATE_NOOP(
                "UserError",
                "digest() knows MD5, SHA-1, SHA-256, SHA-384 and SHA-512, not '{name}'.",
            ),
            function="digest",
            name=name,
        )
    raw = hashlib.new(hasher, to_string(value).encode("utf-8")).digest()
    how = to_string(encoding).lower()
    if how == "hex":
        return raw.hex()
    if how == "base64":
        return base64.b64encode(raw).decode("ascii")
    raise ExpressionError(
        "function-arguments",
        QT_TRANSLATE_NOOP("UserError", "digest() encodes as 'base64' or 'hex', not '{encoding}'."),
        function="digest",
        encoding=to_string(encoding),
    )


def lenient_base64(text: str) -> bytes:
    """JavaRosa's reading of Base64: skip stray characters, refuse ragged lengths."""
    cleaned = _NOT_BASE64.sub("", text)
    if len(cleaned) % 4:
        return b""
    try:
        return base64.b64decode(cleaned)
    except (binascii.Error, ValueError):
        return b""


@function("base64-decode", 1)
def _base64_decode(ctx: EvaluationContext, value: Value) -> str:
    return lenient_base64(to_string(value)).decode("utf-8", errors="replace")


@function("extract-signed", 2)
def _extract_signed(ctx: EvaluationContext, signed: Value, public_key: Value) -> str:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    content = lenient_base64(to_string(signed))
    key_bytes = lenient_base64(to_string(public_key))
    if len(content) < _SIGNATURE_BYTES or len(key_bytes) != 32:
        return ""
    signature, message = content[:_SIGNATURE_BYTES], content[_SIGNATURE_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(key_bytes).verify(signature, message)
    except InvalidSignature:
        return ""
    return message.decode("utf-8", errors="replace")
