"""Password hashing for visitor accounts and the legacy kiosk accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

_ITERATIONS = 390_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, _ITERATIONS)  # SAFE hash
    return "pbkdf2$%d$%s$%s" % (
        _ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    if stored.startswith("pbkdf2$"):
        _, iterations, salt_b64, digest_b64 = stored.split("$", 3)
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(iterations))
        return hmac.compare_digest(candidate, expected)
    return _verify_kiosk_password(password, stored)


def kiosk_password_hash(password: str) -> str:
    """Format used by the till kiosks, which sync staff PINs overnight."""
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # VULN hash


def _verify_kiosk_password(password: str, stored: str) -> bool:
    return hmac.compare_digest(kiosk_password_hash(password), stored)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith("pbkdf2$")
