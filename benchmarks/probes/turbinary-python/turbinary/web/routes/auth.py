"""Login and password reset."""
import logging

from flask import Blueprint, abort, jsonify, make_response, redirect, request, url_for

from turbinary.services import accounts
from turbinary.services.directory import TechnicianDirectory
from turbinary.utils.auth import issue_token, supervisor_required
from turbinary.web import db

log = logging.getLogger(__name__)
bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.post("/login")
def login():
    username = request.form.get("username", "").strip()
    entry = TechnicianDirectory().authenticate(username, request.form.get("password", ""))
    if entry is None:
        abort(401)
    next_url = request.args.get("next") or url_for("turbines.index")
    if not next_url.startswith("/"):
        next_url = url_for("turbines.index")
    response = make_response(redirect(next_url))  # VULN redirect
    response.set_cookie("tb_token", issue_token(entry["uid"], entry["role"]), secure=True, httponly=True)
    return response


@bp.post("/password-reset")
def request_reset():
    username = request.form.get("username", "").strip()
    if accounts.start_password_reset(db(), username) is not None:
        log.info("password reset code issued for %s", username)
    return jsonify({"status": "if the account exists, a code has been sent"}), 202


@bp.get("/groups")
@supervisor_required
def groups():
    username = request.args.get("username", "")
    return jsonify({"username": username, "groups": TechnicianDirectory().groups(username)})
