"""Partner authentication for the Litestar API."""
from __future__ import annotations

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from tidepool.repositories import partners as partner_repo
from tidepool.security.tokens import PartnerIdentity, TokenError, decode_partner_token, partner_key_id, read_delegation


def _bearer(connection: ASGIConnection) -> str | None:
    header = connection.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return None


def resolve_partner(connection: ASGIConnection) -> PartnerIdentity:
    delegation = connection.headers.get("x-tidepool-delegation")
    if delegation:
        try:
            return read_delegation(delegation)
        except (TokenError, KeyError, ValueError) as exc:
            raise NotAuthorizedException("invalid delegation token") from exc
    token = _bearer(connection)
    if not token:
        raise NotAuthorizedException("missing bearer token")
    try:
        partner = partner_repo.get(partner_key_id(token))
        if partner is None or not partner.active or not partner.public_key_pem:
            raise NotAuthorizedException("unknown partner")
        identity = decode_partner_token(token, partner.public_key_pem)
    except TokenError as exc:
        raise NotAuthorizedException(str(exc)) from exc
    if identity.partner_id != partner.id:
        raise NotAuthorizedException("token does not belong to this key")
    return identity


async def provide_partner(request: Request) -> PartnerIdentity:
    identity = request.scope.get("state", {}).get("partner")
    if identity is None:
        identity = resolve_partner(request)
    return identity


def require_scope(scope: str):
    def guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
        identity = resolve_partner(connection)
        if scope not in identity.scopes and "admin" not in identity.scopes:
            raise PermissionDeniedException(f"scope {scope} required")
        connection.scope.setdefault("state", {})["partner"] = identity

    return guard
