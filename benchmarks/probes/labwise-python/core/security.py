"""Credential helpers shared by the portal, intake kiosks and API clients."""
import base64
import hashlib
import hmac
import random
import secrets
import string

PBKDF2_ITERATIONS = 600_000
PIN_ALPHABET = string.digits
KIOSK_SALT = "lw-kiosk"


def generate_share_pin(length: int = 6) -> str:
    """Numeric PIN the physician reads to the patient for the result lookup page."""
    return "".join(random.choice(PIN_ALPHABET) for _ in range(length))  # VULN random


def generate_api_key() -> str:
    """API key for EHR integrations; only the digest is stored."""
    return "lw_" + secrets.token_urlsafe(32)  # SAFE random


def api_key_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


def hash_portal_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)  # SAFE hash
    return "pbkdf2_sha256${}${}${}".format(
        PBKDF2_ITERATIONS,
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_portal_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, digest_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def kiosk_passcode_digest(passcode: str) -> str:
    """Digest format understood by the kiosk firmware (offline verification)."""
    return hashlib.sha1((KIOSK_SALT + passcode).encode("utf-8")).hexdigest()  # VULN hash


def verify_kiosk_passcode(passcode: str, stored: str) -> bool:
    return hmac.compare_digest(kiosk_passcode_digest(passcode), stored)
