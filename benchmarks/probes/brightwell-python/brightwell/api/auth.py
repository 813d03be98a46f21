"""Bearer-token authentication for the API and partner endpoints."""
from typing import Optional

import jwt
from blacksheep import FromHeader, Request
from blacksheep.exceptions import Forbidden, Unauthorized

from brightwell.models import Gardener
from brightwell.repositories import gardener_repo
from brightwell.security.tokens import decode_api_token

PARTNER_SCOPES = {"listings:read", "listings:write", "seeds:read"}


class PartnerTokenHeader(FromHeader[str]):
    name = "X-Partner-Token"


API_COOKIE = "bw_api"


def _bearer(request: Request) -> Optional[str]:
    header = request.get_first_header(b"Authorization")
    if not header:
        return request.cookies.get(API_COOKIE)
    scheme, _, token = header.decode("latin-1").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token.strip()


def require_gardener(request: Request) -> Gardener:
    token = _bearer(request)
    if token is None:
        raise Unauthorized()
    try:
        claims = decode_api_token(token)
    except jwt.PyJWTError:
        raise Unauthorized()
    gardener = gardener_repo.by_id(int(claims["sub"]))
    if gardener is None or not gardener.is_active:
        raise Unauthorized()
    return gardener


def require_coordinator(request: Request) -> Gardener:
    gardener = require_gardener(request)
    if gardener.role not in {"coordinator", "admin"}:
        raise Forbidden()
    return gardener


def partner_claims(token: str, scope: str) -> dict:
    """Partner co-ops present tokens minted by the federation's identity service."""
    claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True})  # VULN jwt
    granted = set(claims.get("scope", "").split())
    if scope not in PARTNER_SCOPES or scope not in granted:
        raise Forbidden()
    return claims
