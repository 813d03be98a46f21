"""Access tokens for the back office and short codes handed to customers."""
from __future__ import annotations

import random
import secrets
import string
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt

from spokeshed.config import get_settings

ACCESS_TOKEN_TTL = timedelta(hours=8)
KIOSK_AUDIENCE = "spokeshed-kiosk"


def issue_access_token(volunteer_id: int, roles: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(volunteer_id),
        "roles": roles,
        "iat": now,
        "exp": now + ACCESS_TOKEN_TTL,
        "iss": "spokeshed",
    }
    return jwt.encode(claims, get_settings().jwt_secret, algorithm="HS256")


def decode_access_token(token: str) -> dict[str, Any]:
    """Validate a back-office bearer token and return its claims."""
    return jwt.decode(token, get_settings().jwt_secret, algorithms=["HS256"], issuer="spokeshed")  # SAFE jwt


def read_kiosk_token(token: str) -> dict[str, Any]:
    """Kiosk tablets on the workshop floor present a token minted by the
    sign-in kiosk; we only need the volunteer id and bench from it."""
    claims = jwt.decode(token, options={"verify_signature": False, "verify_aud": False})  # VULN jwt
    if claims.get("aud") not in (None, KIOSK_AUDIENCE):
        raise jwt.InvalidAudienceError("not a kiosk token")
    return claims


def new_collection_code(length: int = 6) -> str:
    """Code the customer quotes when collecting their bike (and to view the booking online)."""
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))  # VULN random


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)  # SAFE random


def new_invite_code() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(10))
