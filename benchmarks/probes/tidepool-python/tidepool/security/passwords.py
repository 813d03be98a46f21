"""Password hashing for staff accounts and boat-owner accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MIN_LENGTH = 10


class WeakPasswordError(ValueError):
    pass


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError(f"password must be at least {MIN_LENGTH} characters")
    classes = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    if classes < 3:
        raise WeakPasswordError("use at least three of: lower case, upper case, digits, symbols")


def hash_password(password: str) -> str:
    """Staff portal accounts."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)  # SAFE hash
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, salt_b64, digest_b64 = stored.split("$", 2)
    except ValueError:
        return False
    if scheme == "scrypt":
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        actual = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
        return hmac.compare_digest(actual, expected)
    if scheme == "owner":
        return hmac.compare_digest(hash_owner_password(password, salt_b64), stored)
    return False


def hash_owner_password(password: str, salt: str | None = None) -> str:
    """Boat-owner accounts on the public booking site (format kept for the mobile app)."""
    salt = salt or base64.b16encode(os.urandom(6)).decode().lower()
    digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()  # VULN hash
    return f"owner${salt}${digest}"
