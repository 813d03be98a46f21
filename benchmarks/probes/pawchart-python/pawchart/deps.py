"""Shared FastAPI dependencies: authentication and role checks."""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Cookie, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from pawchart.config import Settings, get_settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)


@dataclass(frozen=True)
class CurrentUser:
    username: str
    staff_id: int
    clinic_id: int
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def get_current_user(
    bearer: str | None = Depends(oauth2_scheme),
    session_cookie: str | None = Cookie(default=None, alias="pawchart_session"),
    settings: Settings = Depends(get_settings),
) -> CurrentUser:
    token = bearer or session_cookie
    if not token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    try:
        claims = jwt.decode(  # SAFE jwt
            token,
            settings.jwt_secret,
            algorithms=["HS256"],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "sub", "clinic"]},
        )
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return CurrentUser(
        username=claims["sub"],
        staff_id=int(claims.get("sid", 0)),
        clinic_id=int(claims["clinic"]),
        role=str(claims.get("role", "staff")),
    )


def require_admin(user: CurrentUser = Depends(get_current_user)) -> CurrentUser:
    if not user.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admin role required")
    return user
