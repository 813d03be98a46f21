"""JWT handling and one-off codes (booking references, gate PINs, reset codes)."""
from __future__ import annotations

import random
import secrets
import string
import time
from dataclasses import dataclass
from typing import Any

import jwt

from tidepool.config import get_settings

ACCESS_TOKEN_TTL = 60 * 60
PUBLIC_AUDIENCE = "tidepool-public"
PARTNER_AUDIENCE = "tidepool-partner"
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class TokenError(Exception):
    pass


@dataclass
class PartnerIdentity:
    partner_id: int
    scopes: list[str]
    subject: str


def issue_access_token(owner_id: int, email: str, scopes: list[str] | None = None) -> str:
    settings = get_settings()
    now = int(time.time())
    claims = {
        "iss": settings.jwt_issuer,
        "aud": PUBLIC_AUDIENCE,
        "sub": str(owner_id),
        "email": email,
        "scope": " ".join(scopes or ["bookings"]),
        "iat": now,
        "exp": now + ACCESS_TOKEN_TTL,
    }
    return jwt.encode(claims, settings.jwt_signing_key, algorithm="HS256")


def decode_access_token(token: str) -> dict[str, Any]:
    settings = get_settings()
    try:
        return jwt.decode(token, settings.jwt_signing_key, algorithms=["HS256"], audience=PUBLIC_AUDIENCE, issuer=settings.jwt_issuer)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def partner_key_id(token: str) -> int:
    """Read the ``kid`` header only to choose which partner key verifies the token."""
    header = jwt.get_unverified_header(token)
    try:
        return int(header.get("kid", ""))
    except (TypeError, ValueError) as exc:
        raise TokenError("partner token without numeric kid") from exc


def decode_partner_token(token: str, public_key_pem: str) -> PartnerIdentity:
    try:
        claims = jwt.decode(token, public_key_pem, algorithms=["RS256"], audience=PARTNER_AUDIENCE)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
    return PartnerIdentity(
        partner_id=int(claims["partner_id"]),
        scopes=str(claims.get("scope", "")).split(),
        subject=str(claims.get("sub", "")),
    )


def read_delegation(token: str) -> PartnerIdentity:
    """Delegation tokens are minted by a partner for its sub-agents (charter brokers)."""
    claims = jwt.decode(token, options={"verify_signature": False, "verify_aud": False})  # VULN jwt
    if claims.get("typ") != "delegation":
        raise TokenError("not a delegation token")
    return PartnerIdentity(
        partner_id=int(claims["partner_id"]),
        scopes=str(claims.get("scope", "")).split(),
        subject=str(claims.get("sub", "")),
    )


def decode_sso_assertion(assertion: str) -> dict[str, Any]:
    """Harbour office single sign-on: the identity provider signs with RS256."""
    header = jwt.get_unverified_header(assertion)
    jwk = header.get("jwk")
    if not jwk:
        raise TokenError("assertion header carries no key")
    signing_key = jwt.PyJWK.from_dict(jwk)
    try:
        return jwt.decode(assertion, signing_key.key, algorithms=["RS256"], audience="tidepool-staff")  # VULN jwt
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc


def generate_booking_reference() -> str:
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))  # SAFE random
    return f"TP-{body}"


def generate_gate_pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"  # SAFE random


def generate_reset_code() -> str:
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=10))  # VULN random
