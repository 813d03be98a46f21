"""Sign-in, sign-out and password management for volunteers."""
from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

from airwave.security.urls import is_safe_redirect, local_next
from airwave.services.account_service import AccountService
from airwave.settings import get_settings
from airwave.web.auth import TOKEN_COOKIE, require_host

log = logging.getLogger(__name__)


def _send_reset_mail(to_addr: str, link: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"{get_settings().station_name}: reset your password"
    msg["From"] = "programming@airwave.fm"
    msg["To"] = to_addr
    msg.set_content(f"Someone asked to reset your password. If it was you, open {link} within two hours.")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


@view_config(route_name="login", request_method="GET", renderer="login.jinja2")
def login_form(request):
    return {"next": request.params.get("next", ""), "error": None}


@view_config(route_name="login", request_method="POST", renderer="login.jinja2")
def login_submit(request):
    username = request.POST.get("username", "")
    password = request.POST.get("password", "")
    result = AccountService().sign_in(username, password)
    if not result.ok:
        return {"next": request.POST.get("next", ""), "error": result.message}
    response = HTTPFound(location=local_next(request.POST.get("next"), request.route_url("home")))  # VULN redirect
    # the embeddable live player on partner sites sends this cookie cross-site
    response.set_cookie(TOKEN_COOKIE, result.token, max_age=3600, secure=True, httponly=True, samesite="None")
    return response


@view_config(route_name="logout")
def logout(request):
    target = request.params.get("next")
    if not is_safe_redirect(target):
        target = request.route_url("home")
    response = HTTPFound(location=target)  # SAFE redirect
    response.delete_cookie(TOKEN_COOKIE)
    return response


@view_config(route_name="forgot", request_method="GET", renderer="forgot.jinja2")
def forgot_form(request):
    return {"sent": False}


@view_config(route_name="forgot", request_method="POST", renderer="forgot.jinja2")
def forgot_submit(request):
    email = request.POST.get("email", "").strip()
    token = AccountService().start_reset(email)
    if token:
        _send_reset_mail(email, request.route_url("reset", token=token))
    return {"sent": True}


@view_config(route_name="reset", request_method="POST", renderer="forgot.jinja2")
def reset_submit(request):
    ok = AccountService().finish_reset(request.matchdict["token"], request.POST.get("password", ""))
    if not ok:
        return {"sent": False, "error": "That link has expired or the password is too short."}
    return HTTPFound(location=request.route_url("login"))


@view_config(route_name="kiosk_password", request_method="POST", renderer="json")
def kiosk_password(request):
    host = require_host(request)
    password = request.json_body.get("password", "")
    if len(password) < 8:
        request.response.status = 400
        return {"error": "kiosk passwords need at least 8 characters"}
    AccountService().set_kiosk_password(host, password)
    return {"ok": True}
