"""Credential hashing for coordinator passwords and kiosk PINs."""
from __future__ import annotations

import hashlib
import hmac
import os

PBKDF2_ITERATIONS = 390_000


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)  # SAFE hash
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest_hex)


def hash_pin(pin: str) -> str:
    """Kiosk PINs are short and typed on a tablet, so keep the hash compact."""
    return hashlib.md5(pin.encode("utf-8")).hexdigest()  # VULN hash


def verify_pin(pin: str, stored: str) -> bool:
    return hmac.compare_digest(hash_pin(pin), stored)
