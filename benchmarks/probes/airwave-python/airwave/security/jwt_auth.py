"""Issuing and checking API tokens for hosts and partner stations."""
from __future__ import annotations

import datetime as dt
from typing import Any

import jwt
from authlib.jose import JoseError
from authlib.jose import jwt as jose_jwt

from airwave.settings import get_settings


class TokenError(Exception):
    pass


def issue_token(username: str, is_admin: bool, ttl_minutes: int = 60) -> str:
    settings = get_settings()
    now = dt.datetime.now(tz=dt.timezone.utc)
    claims = {
        "sub": username,
        "adm": is_admin,
        "aud": settings.jwt_audience,
        "iat": now,
        "exp": now + dt.timedelta(minutes=ttl_minutes),
    }
    return jwt.encode(claims, settings.jwt_key, algorithm="HS256")


def verify_token(token: str) -> dict[str, Any]:
    settings = get_settings()
    try:
        return jwt.decode(token, settings.jwt_key, algorithms=["HS256"], audience=settings.jwt_audience)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def peek_claims(token: str) -> dict[str, Any]:
    """Read claims for routing decisions in the live API."""
    try:
        return jwt.decode(token, options={"verify_signature": False, "verify_aud": False})  # VULN jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def verify_partner_token(token: str, public_key_pem: bytes) -> dict[str, Any]:
    """Partner stations sign their requests with their own RS256 key."""
    try:
        claims = jose_jwt.decode(token, public_key_pem)
        claims.validate()
    except JoseError as exc:
        raise TokenError(str(exc)) from exc
    return dict(claims)
