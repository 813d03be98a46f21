"""Staff views over bookings: dashboard, search, attachments, cancellations."""
from __future__ import annotations

from datetime import date

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json, raw, redirect

from tidepool.domain.dto import ValidationError
from tidepool.security.filenames import looks_like_traversal
from tidepool.services import booking_service, harbour_service, sessions
from tidepool.services.booking_service import BookingError
from tidepool.staff_portal.views import error_page, page, require_role

bookings_bp = Blueprint("bookings")


@bookings_bp.get("/dashboard")
@require_role("desk")
async def dashboard(request: Request) -> HTTPResponse:
    prefs = request.ctx.prefs
    day = date.fromisoformat(request.args.get("day")) if request.args.get("day") else date.today()
    order = request.args.get("order", prefs.dashboard_order)
    rows = booking_service.dashboard(day, order, request.args.get("desc") == "1")
    if prefs.pontoons:
        rows = [b for b in rows if b.berth_code.split("-")[0] in prefs.pontoons]
    return page(request, "staff_dashboard.mako", day=day, bookings=rows, order=order)


@bookings_bp.get("/bookings/search")
@require_role("desk")
async def search(request: Request) -> HTTPResponse:
    term = request.args.get("q", "")
    status = request.args.get("status") or None
    if len(term) < 2:
        return page(request, "booking_search.mako", term=term, status=status, results=[])
    try:
        results = booking_service.staff_search(term, status)
    except ValidationError as exc:
        return error_page("Search failed", exc.message)
    return page(request, "booking_search.mako", term=term, status=status, results=results)


@bookings_bp.post("/bookings/<booking_id:int>/cancel")
@require_role("desk")
async def cancel(request: Request, booking_id: int) -> HTTPResponse:
    try:
        booking_service.cancel(booking_id, actor=request.ctx.staff.username)
    except BookingError as exc:
        return error_page("Cannot cancel", str(exc), status=409)
    return redirect("/dashboard")


@bookings_bp.get("/bookings/<booking_id:int>/attachments")
@require_role("desk")
async def attachment(request: Request, booking_id: int) -> HTTPResponse:
    name = request.args.get("name", "")
    if not name or looks_like_traversal(name):
        return error_page("Bad attachment name", "Attachment names cannot contain path segments.")
    try:
        body = harbour_service.read_attachment(booking_id, name)
    except FileNotFoundError:
        return error_page("Not found", "That attachment does not exist.", status=404)
    return raw(body, headers={"Content-Disposition": "attachment"}, content_type="application/octet-stream")


@bookings_bp.post("/bookings/<booking_id:int>/attachments")
@require_role("desk")
async def upload_attachment(request: Request, booking_id: int) -> HTTPResponse:
    upload = request.files.get("file")
    if upload is None:
        return error_page("No file", "Choose a file to attach.")
    try:
        name = harbour_service.save_attachment(booking_id, upload.name, upload.body)
    except ValidationError as exc:
        return error_page("Upload refused", exc.message)
    return json({"name": name}, status=201)


@bookings_bp.post("/preferences")
@require_role("desk")
async def save_preferences(request: Request) -> HTTPResponse:
    prefs = request.ctx.prefs
    prefs.pontoons = [p.strip().upper() for p in request.form.getlist("pontoon", []) if p.strip()]
    prefs.show_departed = request.form.get("show_departed") == "on"
    prefs.dashboard_order = request.form.get("order", prefs.dashboard_order)
    response = redirect("/dashboard")
    response.add_cookie("tp_desk", sessions.encode_preferences(prefs), httponly=True, secure=True, max_age=365 * 86400)
    return response
