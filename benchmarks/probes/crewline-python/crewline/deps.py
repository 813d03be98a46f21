"""FastAPI dependencies: connections, current user, roster scope."""
from collections.abc import AsyncIterator

import asyncpg
from fastapi import Depends, Header, HTTPException, Request, status
from motor.motor_asyncio import AsyncIOMotorDatabase
from sqlalchemy.ext.asyncio import AsyncSession

from crewline.schemas import Principal, RosterScope
from crewline.security import tokens
from crewline.services.render import Renderer


async def get_pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pg_pool


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


def get_mongo(request: Request) -> AsyncIOMotorDatabase:
    return request.app.state.mongo


def get_renderer(request: Request) -> Renderer:
    return request.app.state.renderer


def _bearer(value: str | None) -> str:
    if not value or not value.lower().startswith("bearer "):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return value.split(" ", 1)[1].strip()


async def get_current_user(authorization: str | None = Header(None)) -> Principal:
    token = _bearer(authorization)
    try:
        claims = tokens.verify_access_token(token)
    except tokens.TokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    return Principal(crew_id=int(claims["sub"]), roles=list(claims.get("roles", [])))


async def get_roster_scope(x_roster_scope: str | None = Header(None), user: Principal = Depends(get_current_user)) -> RosterScope:
    """Scope tokens are handed out by the rostering desk for cross-base work."""
    if "crew_control" in user.roles:
        return RosterScope(base="*", fleet="*", can_publish=True)
    if not x_roster_scope:
        return RosterScope()
    return tokens.read_roster_scope(x_roster_scope)


def require_role(role: str):
    async def checker(user: Principal = Depends(get_current_user)) -> Principal:
        if role not in user.roles and "crew_control" not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"role {role} required")
        return user

    return checker
