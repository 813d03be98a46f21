"""Tokens for partners pulling data through the historian export gateway."""
from datetime import datetime, timedelta, timezone

import jwt

DEFAULT_SCOPES = ("telemetry:read", "availability:read")


def issue_gateway_token(partner_id: str, scopes: list[str] | None = None, hours: int = 12) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": partner_id, "scope": " ".join(scopes or DEFAULT_SCOPES), "aud": "historian-gateway", "iat": now, "exp": now + timedelta(hours=hours)}
    return jwt.encode(claims, "tbn-gw-signing-7f3e9c2a41d8b6", algorithm="HS256")  # VULN secret
