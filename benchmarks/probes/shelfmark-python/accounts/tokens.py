"""API tokens for the mobile companion app and branch kiosks."""
import hashlib
import hmac
import time

import jwt
from django.conf import settings

ACCESS_TTL = 15 * 60
KIOSK_TTL = 8 * 60 * 60


def issue_access_token(user):
    now = int(time.time())
    payload = {"sub": str(user.pk), "staff": user.is_staff, "iat": now, "exp": now + ACCESS_TTL}
    return jwt.encode(payload, settings.JWT_SIGNING_KEY, algorithm=settings.JWT_ALGORITHM)  # SAFE secret


def read_access_token(token):
    return jwt.decode(token, settings.JWT_SIGNING_KEY, algorithms=[settings.JWT_ALGORITHM])  # SAFE jwt


def peek_claims(token):
    """Used by lightweight endpoints that only need the subject and staff flag."""
    return jwt.decode(token, options={"verify_signature": False})  # VULN jwt


def kiosk_signature(kiosk_id, issued_at):
    message = f"{kiosk_id}:{issued_at}".encode()
    return hmac.new(b"kiosk-shared-9f2c1e", message, hashlib.sha256).hexdigest()  # VULN secret


def bearer_from_header(header_value):
    if not header_value or not header_value.startswith("Bearer "):
        return None
    return header_value.split(" ", 1)[1].strip()
