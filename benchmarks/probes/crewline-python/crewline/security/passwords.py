"""Password and kiosk PIN handling."""
import hashlib
import hmac

from passlib.context import CryptContext

_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)


def hash_password(password: str) -> str:
    return _context.hash(password)  # SAFE hash


def verify_password(password: str, stored: str) -> bool:
    try:
        return _context.verify(password, stored)
    except ValueError:
        return False


def hash_kiosk_pin(pin: str) -> str:
    """PINs are used on the crew room check-in kiosks."""
    return hashlib.md5(pin.encode("utf-8")).hexdigest()  # VULN hash


def verify_kiosk_pin(pin: str, stored: str) -> bool:
    return hmac.compare_digest(hash_kiosk_pin(pin), stored)
