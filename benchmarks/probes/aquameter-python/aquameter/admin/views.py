"""Routes of the back-office console blueprint."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, g, redirect, request, send_file, url_for
from werkzeug.utils import secure_filename

from aquameter.admin import queries
from aquameter.admin.rendering import render_account_matches, render_printable, render_queue, render_work_order
from aquameter.config import get_settings
from aquameter.db import get_engine
from aquameter.security.jwt_tokens import TokenError, staff_claims_from_proxy

admin_bp = Blueprint("admin", __name__)

ADMIN_ROLES = frozenset({"supervisor", "dispatcher", "billing"})
RETURN_VIEWS = {
    "queue": "admin.work_order_queue",
    "accounts": "admin.accounts_by_meter",
    "audit": "admin.audit_trail",
}


@admin_bp.before_request
def load_staff() -> None:
    token = request.headers.get("X-Forwarded-Access-Token") or request.cookies.get("aq_admin")
    if not token:
        abort(401)
    try:
        claims = staff_claims_from_proxy(token)
    except TokenError:
        abort(401)
    if claims.get("role") not in ADMIN_ROLES:
        abort(403)
    g.staff = str(claims.get("preferred_username") or claims.get("sub"))


@admin_bp.get("/")
def work_order_queue() -> str:
    district = request.args.get("district") or None
    with get_engine().connect() as conn:
        rows = queries.open_work_orders(conn, district)
    return render_queue(rows)


@admin_bp.get("/accounts/by-meter")
def accounts_by_meter() -> str:
    fragment = request.args.get("q", "").strip()
    rows = []
    if fragment:
        with get_engine().connect() as conn:
            rows = queries.accounts_by_meter_fragment(conn, fragment)
    return render_account_matches(fragment, rows)


@admin_bp.get("/work-orders/<int:wo_id>")
def work_order_detail(wo_id: int) -> str:
    with get_engine().connect() as conn:
        wo = queries.work_order(conn, wo_id)
    if wo is None:
        abort(404)
    return render_work_order(wo, url_for("admin.close_work_order", wo_id=wo_id))


@admin_bp.post("/work-orders/<int:wo_id>/close")
def close_work_order(wo_id: int):
    with get_engine().begin() as conn:
        queries.close_work_order(conn, wo_id, g.staff)
    endpoint = RETURN_VIEWS.get(request.form.get("return_to", ""), "admin.work_order_queue")
    return redirect(url_for(endpoint))  # SAFE redirect


@admin_bp.get("/reports/printable")
def printable_report() -> str:
    title = request.args.get("title", "Open work orders")
    with get_engine().connect() as conn:
        rows = queries.open_work_orders(conn, request.args.get("district") or None)
    return render_printable(title, rows, g.staff)


@admin_bp.get("/audit")
def audit_trail() -> dict:
    actor = request.args.get("actor", g.staff)
    limit = min(int(request.args.get("limit", "100")), 500)
    with get_engine().connect() as conn:
        rows = queries.recent_audit(conn, actor, limit)
    return {"entries": [dict(r) for r in rows]}


@admin_bp.get("/photos/<serial>/<name>")
def meter_photo(serial: str, name: str):
    photo_dir: Path = get_settings().photo_dir
    path = photo_dir / secure_filename(serial) / secure_filename(name)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="image/jpeg")  # SAFE path
