"""Duty summaries, fatigue reports, printable exports and custom reports."""
import html
import os

import asyncpg
from fastapi import APIRouter, Depends, Form, HTTPException, Query
from fastapi.responses import HTMLResponse
from motor.motor_asyncio import AsyncIOMotorDatabase

from crewline.deps import get_current_user, get_mongo, get_pool, get_renderer, require_role
from crewline.repositories import audit_repo
from crewline.schemas import BASE_CODE, CustomReport, Principal
from crewline.services import export_service, roster_service
from crewline.services.render import Renderer
from crewline.utils.session_state import RosterPrefs

router = APIRouter(prefix="/reports", tags=["reports"])
PAGE_SIZES = {"A4", "A3", "Letter"}
Pool = asyncpg.Pool


def _base_or_400(base: str) -> str:
    if not BASE_CODE.fullmatch(base):
        raise HTTPException(400, "base must be a three letter station code")
    return base


@router.get("/duty-summary", response_class=HTMLResponse)
async def duty_summary(
    crew_name: str = Query(..., max_length=80),
    user: Principal = Depends(require_role("crew_control")),
    pool: Pool = Depends(get_pool),
    renderer: Renderer = Depends(get_renderer),
):
    rows = await roster_service.duty_summary(pool, crew_name)
    if not rows:
        return HTMLResponse(f"<section class=\"empty\"><h2>Duty summary</h2><p>No duty periods in the last 28 days for {crew_name}.</p></section>", status_code=404)  # VULN xss
    return HTMLResponse(renderer.builtin_report("duty_summary", crew_name=crew_name, rows=rows))


@router.post("/fatigue", response_class=HTMLResponse)
async def fatigue_report(
    reporter: str = Form(...),
    pairing_code: str = Form(...),
    details: str = Form(""),
    user: Principal = Depends(get_current_user),
    db: AsyncIOMotorDatabase = Depends(get_mongo),
):
    await audit_repo.record(db, user.crew_id, "fatigue_report", {"reporter": reporter, "pairing": pairing_code, "details": details})
    return HTMLResponse(f"<p class=\"ack\">Fatigue report for pairing {html.escape(pairing_code)} filed by {html.escape(reporter)}. Crew control will contact you.</p>")  # SAFE xss


@router.post("/export/pdf")
async def export_pdf(
    title: str = Form(..., max_length=120),
    base: str = Form(...),
    page_size: str = Form("A4"),
    user: Principal = Depends(require_role("crew_planner")),
    pool: Pool = Depends(get_pool),
    renderer: Renderer = Depends(get_renderer),
):
    members = await roster_service.crew_for_base(pool, _base_or_400(base), "seniority")
    job = {
        "title": title,
        "page_size": page_size if page_size in PAGE_SIZES else "A4",
        "html": renderer.page("roster_board.html", base=base, members=members, prefs=RosterPrefs()),
    }
    try:
        out_path = await export_service.render_pdf(job)
    except export_service.ExportError as exc:
        raise HTTPException(500, "PDF export failed") from exc
    return {"file": os.path.basename(out_path)}


@router.post("/archive")
async def archive_month(label: str = Form(..., max_length=40), user: Principal = Depends(require_role("crew_control"))):
    archive = await export_service.archive_published_month(label)
    return {"archive": os.path.basename(archive)}


@router.post("/custom", response_class=HTMLResponse)
async def custom_report(spec: CustomReport, user: Principal = Depends(require_role("crew_planner")), pool: Pool = Depends(get_pool), renderer: Renderer = Depends(get_renderer)):
    members = await roster_service.crew_for_base(pool, _base_or_400(spec.base), "seniority")
    return HTMLResponse(renderer.custom_report(spec.template, title=spec.name, base=spec.base, members=members))
