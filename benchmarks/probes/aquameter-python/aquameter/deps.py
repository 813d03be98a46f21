"""FastAPI dependencies: sessions, settings and the calling principal."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from aquameter.config import Settings, get_settings
from aquameter.security.directory import CrewDirectory
from aquameter.security.jwt_tokens import CrewIdentity, TokenError, decode_access_token, decode_crew_token

SESSION_COOKIE = "aq_session"
STAFF_ROLES = frozenset({"csr", "billing", "dispatcher", "supervisor"})

_bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class Principal:
    subject: str
    role: str
    account_id: int | None

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES


def settings_dep() -> Settings:
    return get_settings()


def current_principal(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Principal:
    token = credentials.credentials if credentials else request.cookies.get(SESSION_COOKIE)
    if not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "authentication required")
    try:
        claims = decode_access_token(token)
    except TokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid session") from exc
    return Principal(subject=claims["sub"], role=claims.get("role", "customer"), account_id=claims.get("acct"))


def optional_principal(request: Request) -> Principal | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        claims = decode_access_token(token)
    except TokenError:
        return None
    return Principal(subject=claims["sub"], role=claims.get("role", "customer"), account_id=claims.get("acct"))


def require_staff(principal: Principal = Depends(current_principal)) -> Principal:
    if not principal.is_staff:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "staff only")
    return principal


def require_role(*roles: str):
    def checker(principal: Principal = Depends(current_principal)) -> Principal:
        if principal.role not in roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "insufficient role")
        return principal

    return checker


def current_crew(x_crew_token: str = Header(..., alias="X-Crew-Token")) -> CrewIdentity:
    try:
        return decode_crew_token(x_crew_token)
    except TokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "crew token rejected") from exc


def crew_directory(settings: Settings = Depends(settings_dep)) -> CrewDirectory:
    return CrewDirectory(settings)
