"""Sign-in, kiosk PIN sign-in, sign-out and password reset."""
from flask import Blueprint, flash, render_template, request
from flask_login import current_user, login_required, login_user, logout_user

from ..services import auth_service
from ..web_security import redirect_after_login, redirect_back, redirect_to_known

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = auth_service.authenticate(request.form.get("email", ""), request.form.get("password", ""))
        if user is None:
            flash("Email or password not recognised", "error")
            return render_template("auth/login.html", next=request.form.get("next", "")), 401
        login_user(user, remember=bool(request.form.get("remember")))
        return redirect_after_login(request.form.get("next"))
    return render_template("auth/login.html", next=request.args.get("next", ""))


@bp.route("/kiosk", methods=["POST"])
def kiosk_login():
    user = auth_service.authenticate_kiosk(request.form.get("federation_id", ""), request.form.get("pin", ""))
    if user is None:
        flash("Unknown federation number or PIN", "error")
        return render_template("auth/login.html", next="", kiosk=True), 401
    login_user(user, remember=False)
    return redirect_back(request.form.get("return_to"), "entries.kiosk_home")


@bp.route("/kiosk/pin", methods=["POST"])
@login_required
def set_kiosk_pin():
    try:
        auth_service.set_kiosk_pin(current_user, request.form.get("pin", ""))
        flash("Kiosk PIN updated", "success")
    except auth_service.AuthError as exc:
        flash(str(exc), "error")
    return redirect_to_known("club")


@bp.route("/logout")
def logout():
    logout_user()
    return redirect_to_known(request.args.get("to"))


@bp.route("/reset", methods=["GET", "POST"])
def request_reset():
    if request.method == "POST":
        auth_service.start_password_reset(request.form.get("email", ""))
        flash("If that address is registered, a reset link is on its way.", "info")
        return redirect_to_known("login")
    return render_template("auth/login.html", mode="reset_request", next="")


@bp.route("/reset/<token>", methods=["GET", "POST"])
def complete_reset(token: str):
    if request.method == "POST":
        try:
            user = auth_service.complete_password_reset(token, request.form.get("password", ""))
        except auth_service.AuthError as exc:
            flash(str(exc), "error")
            return render_template("auth/login.html", mode="reset", token=token, next=""), 400
        login_user(user)
        return redirect_to_known("events")
    return render_template("auth/login.html", mode="reset", token=token, next="")
