"""Access tokens and roster scope tokens."""
from datetime import datetime, timedelta, timezone

import jwt

from crewline.config import get_settings
from crewline.schemas import RosterScope


class TokenError(Exception):
    pass


def issue_access_token(crew_id: int, roles: list[str]) -> str:
    settings = get_settings()
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(crew_id),
        "roles": roles,
        "iss": settings.jwt_issuer,
        "aud": "crewline",
        "iat": now,
        "exp": now + timedelta(minutes=settings.token_ttl_minutes),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")  # SAFE secret


def verify_access_token(token: str) -> dict:
    settings = get_settings()
    try:
        return jwt.decode(token, settings.jwt_secret, algorithms=["HS256"], audience="crewline", issuer=settings.jwt_issuer)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise TokenError("invalid access token") from exc


def read_roster_scope(token: str) -> RosterScope:
    try:
        claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True}, algorithms=["HS256"])  # VULN jwt
    except jwt.PyJWTError:
        return RosterScope()
    return RosterScope(
        base=claims.get("base"),
        fleet=claims.get("fleet"),
        can_publish=bool(claims.get("publish", False)),
    )
