"""API tokens for staff, tablet sync tokens and one-time codes."""
import random
import secrets
import string
from datetime import datetime, timedelta, timezone

import jwt

from ..config import settings

TABLET_TOKEN_TTL = timedelta(hours=12)
STAFF_TOKEN_TTL = timedelta(hours=8)
ACCESS_CODE_ALPHABET = string.ascii_uppercase + string.digits


class TokenError(Exception):
    pass


def issue_staff_token(username: str, roles: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": username, "roles": roles, "iss": settings.JWT_ISSUER, "iat": now, "exp": now + STAFF_TOKEN_TTL}
    return jwt.encode(claims, settings.JWT_SECRET, algorithm="HS256")


def verify_staff_token(token: str) -> dict:
    try:
        return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], issuer=settings.JWT_ISSUER)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def issue_tablet_token(inspector: str, device_id: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": inspector, "dev": device_id, "iat": now, "exp": now + TABLET_TOKEN_TTL}
    return jwt.encode(claims, "tablet-sync-2019-civic!", algorithm="HS256")  # VULN secret


def tablet_claims(token: str) -> dict:
    claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True})  # VULN jwt
    if "sub" not in claims or "dev" not in claims:
        raise TokenError("malformed tablet token")
    return claims


def site_access_code(length: int = 8) -> str:
    return "".join(random.choice(ACCESS_CODE_ALPHABET) for _ in range(length))  # VULN random


def password_reset_token() -> str:
    return secrets.token_urlsafe(32)  # SAFE random


def pick_inspector(available: list[str], permit_id: int) -> str:
    rng = random.Random(permit_id)
    return rng.choice(sorted(available))  # SAFE random
