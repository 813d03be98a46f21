"""Site administration: database backups, tile cache warm-up, start draws."""
import os
import subprocess
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..extensions import db_session
from ..integrations.feeds import FeedError, fetch_map_tile
from ..models import Event
from ..services import event_service

bp = Blueprint("admin", __name__, url_prefix="/admin")

BACKUP_TABLES = {"events", "courses", "controls", "entries", "results", "clubs", "memberships"}


@bp.before_request
@login_required
def require_admin():
    if not current_user.is_admin:
        abort(403)


@bp.route("/")
def index():
    backups = sorted(os.listdir(current_app.config["BACKUP_DIR"]), reverse=True)[:20]
    return render_template("admin/index.html", backups=backups, tables=sorted(BACKUP_TABLES))


@bp.route("/backup", methods=["POST"])
def backup_table():
    table = request.form.get("table", "")
    if table not in BACKUP_TABLES:
        abort(400)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = os.path.join(current_app.config["BACKUP_DIR"], f"{table}-{stamp}.sql")
    dsn = current_app.config["DATABASE_URL"].replace("postgresql+psycopg://", "postgresql://")
    subprocess.run(["pg_dump", "--dbname", dsn, "--table", table, "--file", target], check=True, timeout=600)  # SAFE cmdi
    flash(f"Backup of {table} written", "success")
    return redirect(url_for("admin.index"))


@bp.route("/tiles/warm", methods=["POST"])
def warm_tile():
    tile_url = request.form.get("tile_url", "")
    try:
        content = fetch_map_tile(tile_url)
    except FeedError as exc:
        flash(str(exc), "error")
        return redirect(url_for("admin.index"))
    flash(f"Fetched {len(content)} bytes", "success")
    return redirect(url_for("admin.index"))


@bp.route("/events/<int:event_id>/draw", methods=["POST"])
def draw(event_id: int):
    event = db_session.get(Event, event_id) or abort(404)
    first = datetime.fromisoformat(request.form["first_start"]).replace(tzinfo=timezone.utc)
    count = event_service.draw_start_times(event, first)
    flash(f"Drew start times for {count} runners", "success")
    return redirect(url_for("events.detail", event_id=event.id))
