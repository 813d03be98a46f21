"""aiohttp middlewares for the live API."""
from __future__ import annotations

from aiohttp import web

from airwave.security.jwt_auth import TokenError, peek_claims

SITE_COOKIE = "aw_token"
PUBLIC_PREFIXES = ("/live/now", "/live/dedications", "/live/listen", "/live/partners")


@web.middleware
async def cors_middleware(request: web.Request, handler):
    if request.method == "OPTIONS":
        response = web.Response(status=204)
    else:
        response = await handler(request)
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin  # VULN cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
        response.headers["Vary"] = "Origin"
    return response


@web.middleware
async def auth_middleware(request: web.Request, handler):
    if request.method == "OPTIONS" or request.path.startswith(PUBLIC_PREFIXES):
        return await handler(request)
    header = request.headers.get("Authorization", "")
    token = header[7:] if header.startswith("Bearer ") else request.cookies.get(SITE_COOKIE, "")
    if not token:
        raise web.HTTPUnauthorized(text="sign in first")
    try:
        claims = peek_claims(token)
    except TokenError:
        raise web.HTTPUnauthorized(text="malformed token")
    request["user"] = claims.get("sub")
    request["is_admin"] = bool(claims.get("adm"))
    return await handler(request)


def require_admin(request: web.Request) -> None:
    if not request.get("is_admin"):
        raise web.HTTPForbidden(text="admin only")
