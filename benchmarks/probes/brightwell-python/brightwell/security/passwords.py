"""Password hashing helpers."""
import hashlib
import hmac
import os

ITERATIONS = 310_000


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS)  # SAFE hash
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    if stored.startswith("kiosk$"):
        return hmac.compare_digest(stored, kiosk_pin_hash(password))
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate.hex(), digest_hex)


def kiosk_pin_hash(password: str) -> str:
    """Shed kiosk accounts sign in with a short password typed on the tablet."""
    return "kiosk$" + hashlib.md5(password.encode("utf-8")).hexdigest()  # VULN hash
