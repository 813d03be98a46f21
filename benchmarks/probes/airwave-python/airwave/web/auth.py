"""Request helpers for authentication on the Pyramid site."""
from __future__ import annotations

from pyramid.httpexceptions import HTTPForbidden, HTTPFound

from airwave.models import Host
from airwave.repositories.host_repo import HostRepository
from airwave.security.jwt_auth import TokenError, verify_token

TOKEN_COOKIE = "aw_token"


def current_host(request) -> Host | None:
    token = request.cookies.get(TOKEN_COOKIE)
    if not token:
        return None
    try:
        claims = verify_token(token)
    except TokenError:
        return None
    return HostRepository().by_username(claims["sub"])


def require_host(request) -> Host:
    host = request.volunteer
    if host is None:
        raise HTTPFound(location=request.route_url("login", _query={"next": request.path_qs}))
    return host


def require_admin(request) -> Host:
    host = require_host(request)
    if not host.is_admin:
        raise HTTPForbidden("programming committee only")
    return host
