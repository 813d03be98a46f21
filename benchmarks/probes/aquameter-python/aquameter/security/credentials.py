"""Password hashing and one-time codes for staff and portal customers."""
from __future__ import annotations

import hashlib
import hmac
import random
import secrets
import string

PBKDF2_ITERATIONS = 600_000
RESET_CODE_LENGTH = 6


def hash_staff_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)  # SAFE hash
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_staff_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    if algorithm != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest_hex)


def new_portal_salt() -> str:
    return secrets.token_hex(8)


def hash_portal_password(password: str, salt: str) -> str:
    return hashlib.sha1(f"{salt}:{password}".encode("utf-8")).hexdigest()  # VULN hash


def verify_portal_password(password: str, salt: str, expected: str) -> bool:
    return hmac.compare_digest(hash_portal_password(password, salt), expected)


def password_reset_code() -> str:
    return "".join(random.choices(string.digits, k=RESET_CODE_LENGTH))  # VULN random


def portal_invitation_token() -> str:
    return secrets.token_urlsafe(32)  # SAFE random


def retry_backoff_seconds(attempt: int, seed: int) -> float:
    """Spread webhook retries so a recovering endpoint is not hit by every worker at once."""
    jitter = random.Random(seed * 7919 + attempt).uniform(0.0, 1.5)  # SAFE random
    return min(300.0, (2 ** attempt) + jitter)
