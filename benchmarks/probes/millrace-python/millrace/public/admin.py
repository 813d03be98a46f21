"""Staff admin area: bookings, school visits, saved reports, kiosk sync."""
from __future__ import annotations

from datetime import date
from functools import wraps
from pathlib import Path
import tempfile

from quart import Blueprint, Response, abort, jsonify, redirect, render_template, request, session, url_for

from millrace.dto import ReportSpec, TicketSearch
from millrace.security.passwords import kiosk_password_hash
from millrace.services import directory, rendering, reports
from millrace.services.booking_service import BookingService
from millrace.services.media_store import delete_gallery_image, install_teaching_pack
from millrace.services.school_service import WORKSHOPS, SchoolVisitService
from millrace.util.paths import UnsafePathError
from millrace.util.text import as_date, as_int, required
from millrace.workers import tasks

admin_bp = Blueprint("admin", __name__)
bookings = BookingService()
visits = SchoolVisitService()
_kiosk_digests: dict[str, str] = {}


def staff_required(view):
    @wraps(view)
    async def wrapper(*args, **kwargs):
        if not session.get("staff_uid"):
            return redirect(url_for("admin.login_form"))
        return await view(*args, **kwargs)

    return wrapper


@admin_bp.route("/login", methods=["GET"])
async def login_form():
    return await render_template("admin/login.html")


@admin_bp.route("/login", methods=["POST"])
async def login():
    form = await request.form
    member = directory.authenticate_staff(required(form, "username", 64), form.get("password", ""))
    if member is None:
        return await render_template("admin/login.html", error="Sign-in failed"), 401
    session.clear()
    session["staff_uid"] = member.uid
    session["staff_name"] = member.display_name
    return redirect(url_for("admin.bookings_list"))


@admin_bp.route("/bookings")
@staff_required
async def bookings_list():
    args = request.args
    criteria = TicketSearch(
        visit_date=as_date(args["date"], "date") if args.get("date") else None,
        status=args.get("status") or None,
        surname=args.get("surname") or None,
        sort=args.get("sort", "created"),
        page=as_int(args.get("page", "1"), "page", minimum=1, maximum=500),
    )
    rows = bookings.search(criteria)
    return await render_template("admin/bookings.html", rows=rows, criteria=criteria)


@admin_bp.route("/school-visits")
@staff_required
async def school_visits():
    return await render_template("admin/school_visits.html", rows=visits.upcoming(), workshops=WORKSHOPS)


@admin_bp.route("/school-visits/<int:visit_id>/letter")
@staff_required
async def visit_letter(visit_id: int):
    for visit, school in visits.upcoming():
        if visit.id == visit_id:
            html = rendering.render_visit_letter(visit, school, WORKSHOPS.get(visit.workshop, visit.workshop))
            return Response(html, content_type="text/html; charset=utf-8")
    abort(404)


@admin_bp.route("/reports", methods=["GET"])
@staff_required
async def reports_index():
    return await render_template("admin/reports.html", exports=reports.list_exports())


@admin_bp.route("/reports", methods=["POST"])
@staff_required
async def save_report():
    form = await request.form
    spec = ReportSpec(
        title=required(form, "title", 80),
        group_by=required(form, "group_by", 20),
        date_from=as_date(form.get("date_from"), "date_from"),
        date_to=as_date(form.get("date_to"), "date_to"),
        extra_filter=(form.get("extra_filter") or "").strip() or None,
        owner=session["staff_uid"],
    )
    report_id = reports.save_report(spec)
    tasks.run_saved_report.delay(report_id)
    return redirect(url_for("admin.reports_index"))


@admin_bp.route("/reports/takings.json")
@staff_required
async def takings():
    args = request.args
    rows = reports.takings(as_date(args.get("from"), "from"), as_date(args.get("to", date.today().isoformat()), "to"))
    return jsonify([{k: str(v) for k, v in row.items()} for row in rows])


@admin_bp.route("/reports/schools.json")
@staff_required
async def school_report():
    args = request.args
    rows = reports.school_breakdown(as_date(args.get("from"), "from"), as_date(args.get("to"), "to"), args.get("group", "authority"))
    return jsonify([{k: str(v) for k, v in row.items()} for row in rows])


@admin_bp.route("/volunteers")
@staff_required
async def volunteers():
    email = request.args.get("email", "")
    return jsonify([m.__dict__ for m in directory.volunteers_by_email(email)])


@admin_bp.route("/gallery/<name>/delete", methods=["POST"])
@staff_required
async def delete_image(name: str):
    try:
        delete_gallery_image(name)
    except (UnsafePathError, FileNotFoundError):
        abort(404)
    return redirect(url_for("admin.school_visits"))


@admin_bp.route("/packs/<slug>", methods=["POST"])
@staff_required
async def upload_pack(slug: str):
    files = await request.files
    upload = files.get("pack")
    if upload is None:
        abort(400)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "pack.zip"
        await upload.save(archive)
        try:
            written = install_teaching_pack(slug, archive)
        except UnsafePathError:
            abort(400)
    return jsonify({"pack": slug, "files": written})


@admin_bp.route("/kiosk/pins", methods=["POST"])
async def kiosk_pin_sync():
    """Till kiosks post their staff PIN table each night; we keep the digests for offline sign-in."""
    payload = await request.get_json()
    if not payload or request.headers.get("X-Kiosk-Id") is None:
        abort(400)
    for entry in payload.get("pins", []):
        _kiosk_digests[str(entry["staff_uid"])] = kiosk_password_hash(str(entry["pin"]))
    return jsonify({"synced": len(payload.get("pins", []))})


@admin_bp.route("/kiosk/signin", methods=["POST"])
async def kiosk_signin():
    payload = await request.get_json()
    uid = str(payload.get("staff_uid", ""))
    if uid not in _kiosk_digests or _kiosk_digests[uid] != kiosk_password_hash(str(payload.get("pin", ""))):
        abort(401)
    session["staff_uid"] = uid
    return jsonify({"ok": True})
