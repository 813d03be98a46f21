"""Falcon middleware for the public API: CORS for the booking widget, bearer auth."""
from __future__ import annotations

import logging

import falcon

from tidepool.security.tokens import TokenError, decode_access_token

log = logging.getLogger(__name__)

PUBLIC_ROUTES = {
    "/v1/berths/search",
    "/v1/berths/widget",
    "/v1/quotes",
    "/v1/notices",
    "/v1/account/register",
    "/v1/account/login",
    "/v1/account/logout",
    "/v1/account/reset",
}


class CORSMiddleware:
    """The booking widget is embedded on marina and tourist-office websites."""

    def process_request(self, req: falcon.Request, resp: falcon.Response) -> None:
        if req.method == "OPTIONS" and req.get_header("Access-Control-Request-Method"):
            resp.complete = True
            resp.status = falcon.HTTP_204

    def process_response(self, req: falcon.Request, resp: falcon.Response, resource, req_succeeded: bool) -> None:
        origin = req.get_header("Origin")
        if not origin:
            return
        resp.set_header("Access-Control-Allow-Origin", origin)  # VULN cors
        resp.set_header("Access-Control-Allow-Credentials", "true")
        resp.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type")
        resp.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS")
        resp.append_header("Vary", "Origin")


class AuthMiddleware:
    def process_resource(self, req: falcon.Request, resp: falcon.Response, resource, params) -> None:
        req.context.owner_id = None
        req.context.email = None
        token = None
        auth = req.get_header("Authorization") or ""
        if auth.lower().startswith("bearer "):
            token = auth[7:].strip()
        elif req.cookies.get("tp_session"):
            token = req.cookies["tp_session"]
        if token:
            try:
                claims = decode_access_token(token)
            except TokenError as exc:
                raise falcon.HTTPUnauthorized(title="invalid token", description=str(exc)) from exc
            req.context.owner_id = int(claims["sub"])
            req.context.email = claims.get("email")
        elif req.path not in PUBLIC_ROUTES and req.method != "OPTIONS" and not req.path.startswith("/v1/payments/"):
            raise falcon.HTTPUnauthorized(title="authentication required")
