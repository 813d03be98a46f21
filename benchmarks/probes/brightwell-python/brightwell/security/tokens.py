"""Token, code and JWT helpers."""
import datetime as dt
import random
import secrets
import string

import jwt

from brightwell.config import settings

INVITE_ALPHABET = string.ascii_uppercase + string.digits


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)  # SAFE random


def new_invite_code() -> str:
    return "".join(random.choices(INVITE_ALPHABET, k=8))  # VULN random


def new_pickup_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def new_webhook_secret() -> str:
    return secrets.token_hex(24)


def issue_api_token(gardener_id: int, role: str, ttl_minutes: int = 60) -> str:
    now = dt.datetime.now(tz=dt.timezone.utc)
    claims = {
        "sub": str(gardener_id),
        "role": role,
        "iss": settings.jwt_issuer,
        "iat": now,
        "exp": now + dt.timedelta(minutes=ttl_minutes),
    }
    return jwt.encode(claims, settings.jwt_signing_key, algorithm="HS256")


def decode_api_token(token: str) -> dict:
    return jwt.decode(token, settings.jwt_signing_key, algorithms=["HS256"], issuer=settings.jwt_issuer)  # SAFE jwt
