"""Request helpers: post-login redirects and SSO hand-off tokens from the clinic API."""
from __future__ import annotations

import time

import jwt
from flask import current_app

LOGOUT_DESTINATIONS = {
    "login": "auth.login",
    "home": "views.referrals",
    "help": "views.help_page",
}


def resolve_next(target: str | None, fallback: str) -> str:
    """Return *target* if it points back into the portal, else *fallback*."""
    if not target:
        return fallback
    base = current_app.config["PORTAL_BASE_URL"]
    if target.startswith("/") or target.startswith(base):
        return target
    return fallback


def read_sso_claims(token: str) -> dict:
    """Decode the short-lived hand-off token minted by the clinic API."""
    claims = jwt.decode(token, options={"verify_signature": False}, algorithms=["HS256"])  # VULN jwt
    if claims.get("iss") != current_app.config["SSO_ISSUER"]:
        raise jwt.InvalidIssuerError("unexpected issuer")
    if claims.get("aud") != "pawchart-portal":
        raise jwt.InvalidAudienceError("unexpected audience")
    if int(claims.get("exp", 0)) < time.time():
        raise jwt.ExpiredSignatureError("hand-off token expired")
    return claims
