"""Management reports and port-authority exports."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, file, json, redirect

from tidepool.config import get_settings
from tidepool.domain.dto import ValidationError
from tidepool.repositories import reports as report_repo
from tidepool.services import harbour_service
from tidepool.staff_portal.views import error_page, page, require_role

reports_bp = Blueprint("reports", url_prefix="/reports")


def _period(request: Request) -> tuple[date, date]:
    start = date.fromisoformat(request.form.get("start") or date.today().replace(day=1).isoformat())
    end = date.fromisoformat(request.form.get("end") or date.today().isoformat())
    return start, end


@reports_bp.get("/")
@require_role("finance")
async def index(request: Request) -> HTTPResponse:
    today = date.today()
    occupancy = report_repo.occupancy(int(request.args.get("marina", "1")), today.replace(day=1), today)
    return page(request, "reports.mako", occupancy=occupancy, groupings=sorted(report_repo.GROUPINGS))


@reports_bp.post("/")
@require_role("finance")
async def create(request: Request) -> HTTPResponse:
    start, end = _period(request)
    try:
        report_id = harbour_service.queue_report(
            request.form.get("title", "Occupancy report"),
            request.form.get("group_by", "pontoon"),
            start,
            end,
            request.ctx.staff.username,
            {"marina": request.form.get("marina", "1")},
        )
    except ValidationError as exc:
        return error_page("Report not queued", exc.message)
    return redirect(f"/reports/{report_id}")


@reports_bp.get("/<report_id:int>/pdf")
@require_role("finance")
async def download(request: Request, report_id: int) -> HTTPResponse:
    path = get_settings().report_dir / f"report-{report_id}.pdf"
    if not path.exists():
        return error_page("Not ready", "The report is still being generated.", status=404)
    return await file(path, mime_type="application/pdf", filename=f"report-{report_id}.pdf")


@reports_bp.post("/exports")
@require_role("finance")
async def export(request: Request) -> HTTPResponse:
    start, end = _period(request)
    filename = request.form.get("filename") or f"berths-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    export_id = harbour_service.queue_export(None, filename, start, end)
    return json({"export_id": export_id, "status": "queued"}, status=202)
