"""Login, logout, SSO hand-off and password reset for referring vets."""
from __future__ import annotations

import logging

import jwt
from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select

from portal import services
from portal.models import ReferringVet, db_session
from portal.utils import LOGOUT_DESTINATIONS, read_sso_claims, resolve_next

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)


def _vet_by_email(email: str) -> ReferringVet | None:
    return db_session.scalars(select(ReferringVet).where(ReferringVet.email == email.strip().lower())).first()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("views.referrals"))
    if request.method == "POST":
        vet = _vet_by_email(request.form.get("email", ""))
        if vet is not None and vet.is_active and services.check_password(vet, request.form.get("password", "")):
            login_user(vet, remember=bool(request.form.get("remember")))
            target = resolve_next(request.args.get("next"), url_for("views.referrals"))
            return redirect(target)  # VULN redirect
        flash("Invalid email or password.", "error")
    return render_template("login.html")


@bp.route("/logout")
@login_required
def logout():
    logout_user()
    endpoint = LOGOUT_DESTINATIONS.get(request.args.get("to", "login"), "auth.login")
    return redirect(url_for(endpoint))  # SAFE redirect


@bp.route("/sso")
def sso():
    token = request.args.get("token", "")
    try:
        claims = read_sso_claims(token)
    except jwt.PyJWTError:
        log.info("rejected SSO hand-off token")
        abort(401)
    vet = _vet_by_email(claims.get("email") or "")
    if vet is None or not vet.is_active:
        abort(403)
    login_user(vet)
    return redirect(url_for("views.referrals"))


@bp.route("/forgot", methods=["GET", "POST"])
def forgot_password():
    if request.method == "POST":
        vet = _vet_by_email(request.form.get("email", ""))
        if vet is not None and vet.is_active:
            token = services.create_reset_token(db_session, vet, current_app.config["RESET_TOKEN_TTL"])
            link = url_for("auth.reset_password", token=token, _external=True)
            services.send_reset_email(vet, link, current_app.config["SMTP_HOST"], current_app.config["MAIL_FROM"])
        flash("If that address is registered, a reset link is on its way.", "info")
        return redirect(url_for("auth.login"))
    return render_template("forgot_password.html")


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    if request.method == "POST":
        password = request.form.get("password", "")
        if len(password) < 10 or password != request.form.get("confirm", ""):
            flash("Passwords must match and be at least 10 characters.", "error")
            return render_template("reset_password.html", token=token)
        if services.complete_reset(db_session, token, password):
            flash("Your password has been changed. Please sign in.", "info")
            return redirect(url_for("auth.login"))
        flash("That reset link is invalid or has expired.", "error")
    return render_template("reset_password.html", token=token)
