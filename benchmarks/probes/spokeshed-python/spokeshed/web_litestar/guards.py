"""Authentication guards for the back office."""
from __future__ import annotations

from typing import Any

import jwt
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from spokeshed.security.tokens import decode_access_token, read_kiosk_token

KIOSK_HEADER = "x-kiosk-token"


def _bearer(connection: ASGIConnection) -> str | None:
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def staff_claims(connection: ASGIConnection) -> dict[str, Any]:
    token = _bearer(connection)
    if not token:
        raise NotAuthorizedException("missing bearer token")
    try:
        return decode_access_token(token)
    except jwt.PyJWTError as exc:
        raise NotAuthorizedException("invalid token") from exc


def staff_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    connection.state.claims = staff_claims(connection)


def coordinator_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    claims = staff_claims(connection)
    if "coordinator" not in claims.get("roles", []):
        raise PermissionDeniedException("coordinators only")
    connection.state.claims = claims


def kiosk_or_staff_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Shift claims come either from a volunteer's phone (bearer) or the floor kiosk."""
    kiosk_token = connection.headers.get(KIOSK_HEADER)
    if kiosk_token:
        try:
            claims = read_kiosk_token(kiosk_token)
        except jwt.PyJWTError as exc:
            raise NotAuthorizedException("invalid kiosk token") from exc
        connection.state.claims = {"sub": str(claims["volunteer_id"]), "roles": ["volunteer"], "bench": claims.get("bench")}
        return
    connection.state.claims = staff_claims(connection)


def current_volunteer_id(connection: ASGIConnection) -> int:
    return int(connection.state.claims["sub"])
