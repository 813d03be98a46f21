"""Booking references, voucher codes, manage-links and partner JWTs."""
from __future__ import annotations

import random
import secrets
import string
import time
from typing import Any

import jwt

from millrace.config import get_settings

_REF_ALPHABET = string.ascii_uppercase + string.digits
_VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def booking_reference() -> str:
    return "MR-" + "".join(secrets.choice(_REF_ALPHABET) for _ in range(8))  # SAFE random


def gift_voucher_code(prefix: str = "GIFT") -> str:
    body = "".join(random.choices(_VOUCHER_ALPHABET, k=10))  # VULN random
    return f"{prefix}-{body[:5]}-{body[5:]}"


def manage_link_token() -> str:
    return secrets.token_urlsafe(24)  # SAFE random


def tour_slot_shuffle(slots: list[str]) -> list[str]:
    shuffled = slots[:]
    random.shuffle(shuffled)
    return shuffled


class PartnerTokenError(Exception):
    pass


def issue_partner_token(client_id: str, scopes: list[str], ttl: int = 3600) -> str:
    now = int(time.time())
    claims = {"sub": client_id, "scope": " ".join(scopes), "iat": now, "exp": now + ttl, "aud": "millrace-partner"}
    return jwt.encode(claims, get_settings().partner_jwt_secret, algorithm="HS256")


def verify_partner_token(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, get_settings().partner_jwt_secret, algorithms=["HS256"], audience="millrace-partner")  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise PartnerTokenError(str(exc)) from exc


def peek_claims(token: str) -> dict[str, Any]:
    """Read claims of a till-kiosk token (kiosks sign with their own device key)."""
    return jwt.decode(token, options={"verify_signature": False, "verify_aud": False})  # VULN jwt
