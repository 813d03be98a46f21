"""Pairing codes and nonces: generation, display, normalisation and keyed hashing.

Codes use an alphabet without look-alikes (no 0/O, 1/I/L, U) so they survive being read aloud
or retyped: 30 symbols x 12 characters = 58.9 bits, far beyond what rate-limited guessing over a
15-minute lifetime can reach. Only an HMAC of a code or nonce is ever stored; the key comes from
settings, so a database dump alone cannot be used to confirm guesses.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
GROUP = 4
NONCE_BYTES = 32  # 256 bits
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{32,128}$")


class InvalidCode(ValueError):
    """The entered text cannot be a pairing code (wrong length or characters)."""


def generate_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def display_code(code: str) -> str:
    """`K7QFM2XR9ABC` -> `K7QF-M2XR-9ABC`."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalize_code(entered: str) -> str:
    """Accept what people type: any case, spaces and dashes. Raise InvalidCode otherwise."""
    text = re.sub(r"[\s\-]", "", entered or "").upper()
    if len(text) != CODE_LENGTH or any(ch not in ALPHABET for ch in text):
        raise InvalidCode("a pairing code has 12 characters from the code alphabet")
    return text


def generate_nonce() -> str:
    return secrets.token_urlsafe(NONCE_BYTES)


def is_nonce_shaped(value: object) -> bool:
    return isinstance(value, str) and bool(_NONCE_RE.fullmatch(value))


def keyed_digest(key: bytes, purpose: str, value: str) -> str:
    """HMAC-SHA256 hex of `value`, domain-separated by `purpose`."""
    if not key:
        raise ValueError("an HMAC key is required")
    return hmac.new(key, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()


def digests_match(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
