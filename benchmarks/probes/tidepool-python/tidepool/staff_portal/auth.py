"""Staff sign-in: LDAP username/password or the harbour SSO assertion."""
from __future__ import annotations

import logging

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, redirect

from tidepool.config import get_settings
from tidepool.domain.dto import StaffUser
from tidepool.repositories import accounts as account_repo
from tidepool.security.redirects import is_relative_target
from tidepool.security.tokens import TokenError, decode_sso_assertion
from tidepool.services import directory, sessions
from tidepool.staff_portal.views import page

log = logging.getLogger(__name__)

auth_bp = Blueprint("auth")

PREFS_COOKIE = "tp_desk"


async def attach_identity(request: Request) -> None:
    settings = get_settings()
    request.ctx.staff = None
    session = sessions.read_session(request.cookies.get(settings.session_cookie_name))
    if session:
        request.ctx.staff = StaffUser(username=session["u"], display_name=session["u"], email="", roles=session["r"])
    request.ctx.prefs = sessions.decode_preferences(request.cookies.get(PREFS_COOKIE))
    request.ctx.flash = request.cookies.get("tp_flash")


def _signed_in(user: StaffUser, source: str, return_to: str | None) -> HTTPResponse:
    account_repo.record_login(user.username, source)
    if is_relative_target(return_to):
        response = redirect(return_to)  # VULN redirect
    else:
        response = redirect("/dashboard")
    response.add_cookie(
        get_settings().session_cookie_name,
        sessions.issue_session(user.username, user.roles),
        httponly=True,
        secure=True,
        samesite="Strict",
        max_age=sessions.SESSION_TTL,
    )
    return response


@auth_bp.get("/login")
async def login_form(request: Request) -> HTTPResponse:
    return page(request, "login.mako", return_to=request.args.get("return_to", ""), error=None)


@auth_bp.post("/login")
async def login(request: Request) -> HTTPResponse:
    username = (request.form.get("username") or "").strip()
    password = request.form.get("password") or ""
    user = directory.authenticate(username, password)
    if user is None:
        return page(request, "login.mako", status=401, return_to=request.form.get("return_to", ""), error="Sign-in failed")
    return _signed_in(user, "ldap", request.form.get("return_to"))


@auth_bp.post("/sso")
async def sso(request: Request) -> HTTPResponse:
    assertion = request.headers.get("X-Harbour-SSO") or request.form.get("assertion") or ""
    try:
        claims = decode_sso_assertion(assertion)
    except TokenError as exc:
        log.info("rejected SSO assertion: %s", exc)
        return page(request, "login.mako", status=401, return_to="", error="Single sign-on failed")
    user = StaffUser(
        username=claims["sub"],
        display_name=claims.get("name", claims["sub"]),
        email=claims.get("email", ""),
        roles=list(claims.get("roles", [])),
    )
    return _signed_in(user, "sso", request.args.get("return_to"))


@auth_bp.get("/logout")
async def logout(request: Request) -> HTTPResponse:
    response = redirect("/login")
    response.delete_cookie(get_settings().session_cookie_name)
    return response
