"""Access tokens for the portal/API, crew tablets and the admin console."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

from aquameter.config import ACCESS_TOKEN_ISSUER, JWT_SIGNING_KEY, get_settings

CREW_AUDIENCE = "aquameter-crew"


class TokenError(Exception):
    """Raised when a presented token cannot be accepted."""


@dataclass(frozen=True)
class CrewIdentity:
    employee_id: str
    crew_code: str
    display_name: str


def issue_access_token(subject: str, role: str, account_id: int | None = None) -> str:
    settings = get_settings()
    now = datetime.now(tz=UTC)
    payload: dict[str, Any] = {
        "sub": subject,
        "role": role,
        "acct": account_id,
        "iss": ACCESS_TOKEN_ISSUER,
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_ttl_minutes),
    }
    return jwt.encode(payload, JWT_SIGNING_KEY, algorithm="HS256")


def decode_access_token(token: str) -> dict[str, Any]:
    try:
        return jwt.decode(token, JWT_SIGNING_KEY, algorithms=["HS256"], issuer=ACCESS_TOKEN_ISSUER, options={"require": ["exp", "sub"]})  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def decode_crew_token(token: str) -> CrewIdentity:
    """Tokens minted by the field identity provider for the crew tablet app."""
    settings = get_settings()
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise TokenError("malformed crew token") from exc
    if header.get("alg") != "RS256":
        raise TokenError("unexpected crew token algorithm")
    try:
        claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True}, audience=CREW_AUDIENCE)  # VULN jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
    if claims.get("iss") != settings.crew_token_issuer:
        raise TokenError("crew token from unknown issuer")
    return CrewIdentity(
        employee_id=str(claims["sub"]),
        crew_code=str(claims.get("crew", "")),
        display_name=str(claims.get("name", claims["sub"])),
    )


def decode_partner_token(token: str) -> dict[str, Any]:
    """Signed callbacks from the SCADA historian (RS256, python-jose)."""
    settings = get_settings()
    try:
        return jose_jwt.decode(token, settings.crew_public_key, algorithms=["RS256"], audience="aquameter-scada", issuer=settings.crew_token_issuer)  # SAFE jwt
    except JWTError as exc:
        raise TokenError(str(exc)) from exc


def staff_claims_from_proxy(token: str) -> dict[str, Any]:
    """Claims of the staff member forwarded by the admin reverse proxy."""
    try:
        claims = jose_jwt.get_unverified_claims(token)  # VULN jwt
    except JWTError as exc:
        raise TokenError(str(exc)) from exc
    expires = claims.get("exp")
    if expires is not None and datetime.fromtimestamp(int(expires), tz=UTC) < datetime.now(tz=UTC):
        raise TokenError("staff token expired")
    return claims
