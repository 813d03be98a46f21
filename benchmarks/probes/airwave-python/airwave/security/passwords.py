"""Password hashing for volunteer accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

PBKDF2_ROUNDS = 600_000
_SCHEME = "pbkdf2_sha256"


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ROUNDS)  # SAFE hash
    return "$".join(
        [_SCHEME, str(PBKDF2_ROUNDS), base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, rounds, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != _SCHEME:
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    actual = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(rounds))
    return hmac.compare_digest(actual, expected)


def kiosk_digest(password: str) -> str:
    """Digest format understood by the on-air kiosk (legacy playout software)."""
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # VULN hash


def verify_kiosk(password: str, stored: str) -> bool:
    return hmac.compare_digest(kiosk_digest(password), stored)
