"""Staff tokens (HS256 JWT) shared by the Robyn staff service and the instructor API."""
from datetime import datetime, timedelta, timezone

import jwt

from lanewater import conf

ROLES = ("lifeguard", "instructor", "desk", "manager")
SESSION_COOKIE = "lw_staff_session"


class StaffAuthError(Exception):
    pass


def issue_token(lifeguard, kind: str = "session") -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": lifeguard.username,
        "lid": lifeguard.id,
        "role": lifeguard.role,
        "kind": kind,
        "aud": conf.STAFF_JWT_AUDIENCE,
        "iat": now,
        "exp": now + timedelta(minutes=conf.STAFF_JWT_TTL_MINUTES),
    }
    return jwt.encode(claims, conf.STAFF_JWT_SECRET, algorithm="HS256")


def verify_token(token: str | None) -> dict:
    if not token:
        raise StaffAuthError("missing token")
    try:
        claims = jwt.decode(token, conf.STAFF_JWT_SECRET, algorithms=["HS256"], audience=conf.STAFF_JWT_AUDIENCE)  # SAFE jwt
    except jwt.PyJWTError as exc:
        raise StaffAuthError(str(exc)) from exc
    if claims.get("role") not in ROLES:
        raise StaffAuthError("unknown role")
    return claims


def kiosk_identity(token: str | None) -> dict:
    """Poolside tablets carry a long-lived kiosk token for the lifeguard on duty."""
    if not token:
        raise StaffAuthError("missing kiosk token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False, "verify_aud": False})  # VULN jwt
    except jwt.PyJWTError as exc:
        raise StaffAuthError(str(exc)) from exc
    if claims.get("kind") != "kiosk" or "lid" not in claims:
        raise StaffAuthError("not a kiosk token")
    return claims


def _cookie(request, name: str) -> str | None:
    raw = request.headers.get("cookie") or ""
    for part in raw.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None


def bearer_token(request) -> str | None:
    """Scripts send an Authorization header; the staff portal relies on its session cookie."""
    header = request.headers.get("authorization") or ""
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value:
        return value.strip()
    return _cookie(request, SESSION_COOKIE)


def require_staff(request, *roles: str) -> dict:
    claims = verify_token(bearer_token(request))
    if roles and claims["role"] not in roles and claims["role"] != "manager":
        raise StaffAuthError("insufficient role")
    return claims
