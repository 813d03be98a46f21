"""Staff sign-in, password resets, tablet pairing and saved-search cookies."""
from flask import Blueprint, jsonify, make_response, request

from ..services import accounts, directory_service, notify, token_service
from ..utils import session_codec
from ..utils.validators import USERNAME_RE

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    username = request.form.get("username", "").strip().lower()
    password = request.form.get("password", "")
    if not USERNAME_RE.fullmatch(username):
        return jsonify(error="invalid credentials"), 401
    ok = accounts.check_password(username, password) or directory_service.verify_staff_password(username, password)
    if not ok:
        return jsonify(error="invalid credentials"), 401
    token = token_service.issue_staff_token(username, roles=["reviewer"])
    return jsonify(token=token)


@bp.post("/password-reset")
def password_reset():
    email = request.form.get("email", "")
    token = accounts.start_password_reset(email)
    if token:
        link = f"https://permits.city.gov/auth/password-reset/{token}"
        notify.send(email, "Civic Ledger password reset", f"Reset your password: {link}")
    return jsonify(status="if the address exists, a reset link was sent")


@bp.post("/tablet/pair")
def pair_tablet():
    staff = token_service.verify_staff_token(request.headers.get("X-Staff-Token", ""))
    device_id = request.form.get("device_id", "")[:64]
    return jsonify(token=token_service.issue_tablet_token(staff["sub"], device_id))


@bp.get("/preferences")
def preferences():
    prefs = session_codec.decode_preferences(request.cookies.get(session_codec.COOKIE_NAME))
    if not prefs and request.cookies.get("cl_prefs_v1"):
        prefs = session_codec.decode_legacy_preferences(request.cookies.get("cl_prefs_v1"))
    return jsonify(preferences=prefs)


@bp.post("/preferences")
def save_preferences():
    body = request.get_json(silent=True) or {}
    prefs = {k: str(v)[:200] for k, v in body.items() if k in {"district", "status", "address"}}
    resp = make_response(jsonify(saved=prefs))
    resp.set_cookie(session_codec.COOKIE_NAME, session_codec.encode_preferences(prefs), httponly=True, secure=True, samesite="Lax")
    resp.delete_cookie("cl_prefs_v1")
    return resp
