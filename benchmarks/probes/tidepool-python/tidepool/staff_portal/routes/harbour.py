"""Harbour operations: gates, surcharge rules, tide feeds, pontoon plans, notices."""
from __future__ import annotations

import re

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, json, raw, redirect

from tidepool.domain.dto import ValidationError
from tidepool.repositories import berths as berth_repo
from tidepool.security.filenames import PathEscapeError
from tidepool.services import archives, gate_control, harbour_service
from tidepool.services.gate_control import GateError
from tidepool.services.rendering import render_notice
from tidepool.staff_portal.views import error_page, page, require_role

harbour_bp = Blueprint("harbour", url_prefix="/harbour")

ZONE_RE = re.compile(r"^[A-C]$")


@harbour_bp.post("/gates/open")
@require_role("dockmaster")
async def open_gate(request: Request) -> HTTPResponse:
    zone = (request.form.get("zone") or "").upper()
    gate = request.form.get("gate") or ""
    if not ZONE_RE.match(zone):
        return error_page("Unknown zone", "Pick zone A, B or C.")
    try:
        gate_control.open_gate(zone, gate, int(request.form.get("seconds", "30")), request.ctx.staff.username)
    except GateError as exc:
        return error_page("Gate did not respond", str(exc), status=502)
    return redirect("/harbour/gates")


@harbour_bp.get("/gates/<gate>/status")
@require_role("desk")
async def gate_status(request: Request, gate: str) -> HTTPResponse:
    try:
        status = gate_control.gate_status(gate)
    except GateError as exc:
        return json({"error": str(exc)}, status=404)
    return json({"gate": status.gate, "locked": status.locked, "battery": status.battery_pct})


@harbour_bp.get("/pontoons")
@require_role("desk")
async def pontoon(request: Request) -> HTTPResponse:
    marina_id = int(request.args.get("marina", "1"))
    code = (request.args.get("pontoon") or "").upper()
    berths = berth_repo.list_for_pontoon(marina_id, code)
    if not berths:
        return error_page("Unknown pontoon", f"There is no pontoon {request.args.get('pontoon')} in this marina.", status=404)
    return page(request, "pontoon.mako", pontoon=code, berths=berths)


@harbour_bp.post("/pricing/rules")
@require_role("harbour_master")
async def add_rule(request: Request) -> HTTPResponse:
    try:
        rule_id = harbour_service.add_surcharge_rule(
            int(request.form.get("marina", "1")),
            request.form.get("label", ""),
            request.form.get("expression", ""),
            request.form.get("amount", "0"),
            request.form.get("per_night") == "on",
        )
    except ValidationError as exc:
        return error_page("Rule not saved", exc.message)
    return json({"id": rule_id}, status=201)


@harbour_bp.post("/tides")
@require_role("harbour_master")
async def configure_tides(request: Request) -> HTTPResponse:
    harbour_service.configure_tides(
        int(request.form.get("marina", "1")), request.form.get("feed_url"), request.form.get("station_id")
    )
    return redirect("/harbour/settings")


@harbour_bp.post("/plans/<marina_id:int>")
@require_role("harbour_master")
async def upload_plans(request: Request, marina_id: int) -> HTTPResponse:
    upload = request.files.get("bundle")
    if upload is None:
        return error_page("No file", "Choose the ZIP with the pontoon drawings.")
    try:
        written = archives.unpack_pontoon_plans(marina_id, upload.body)
    except archives.BundleError as exc:
        return error_page("Bundle refused", str(exc))
    return json({"files": [p.name for p in written]}, status=201)


@harbour_bp.get("/plans/<marina_id:int>/<name>")
@require_role("desk")
async def plan(request: Request, marina_id: int, name: str) -> HTTPResponse:
    try:
        body = harbour_service.read_plan(marina_id, name)
    except (PathEscapeError, FileNotFoundError):
        return error_page("Not found", "No such drawing.", status=404)
    return raw(body, content_type="application/pdf")


@harbour_bp.post("/notices/preview")
@require_role("desk")
async def preview_notice(request: Request) -> HTTPResponse:
    source = request.form.get("body", "")
    rendered = render_notice(source, marina="Tidepool Marina", staff=request.ctx.staff.display_name)
    return page(request, "notice_preview.mako", rendered=rendered)
