"""Visitor accounts: sign-in, sign-up, sign-out."""
from __future__ import annotations

from quart import Blueprint, redirect, render_template, request, session, url_for

from millrace.services.booking_service import BookingError, BookingService
from millrace.util.text import required
from millrace.util.urls import is_local_redirect, looks_internal

account_bp = Blueprint("account", __name__)
bookings = BookingService()


@account_bp.route("/login", methods=["GET"])
async def login_form():
    return await render_template("account/login.html", next=request.args.get("next", ""))


@account_bp.route("/login", methods=["POST"])
async def login():
    form = await request.form
    visitor = bookings.authenticate(required(form, "email"), form.get("password", ""))
    if visitor is None:
        return await render_template("account/login.html", error="Email or password not recognised", next=form.get("next", "")), 401
    session.clear()
    session["visitor_id"] = visitor.id
    session["visitor_name"] = visitor.full_name
    next_url = form.get("next") or ""
    if looks_internal(next_url):
        return redirect(next_url)  # VULN redirect
    return redirect(url_for("tickets.index"))


@account_bp.route("/register", methods=["POST"])
async def register():
    form = await request.form
    if len(form.get("password", "")) < 10:
        return await render_template("account/login.html", error="Passwords need at least 10 characters", next=""), 422
    try:
        visitor = bookings.register(required(form, "email"), required(form, "full_name"), form["password"])
    except BookingError as exc:
        return await render_template("account/login.html", error=str(exc), next=""), 409
    session["visitor_id"] = visitor.id
    return redirect(url_for("tickets.index"))


@account_bp.route("/logout")
async def logout():
    session.clear()
    target = request.args.get("next", "/")
    if not is_local_redirect(target):
        target = "/"
    return redirect(target)  # SAFE redirect
