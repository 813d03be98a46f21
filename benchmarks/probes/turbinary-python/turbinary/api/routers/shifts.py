"""Technician shifts: standby rota, handovers, exports and kiosk PINs."""
from fastapi import APIRouter, Depends, Form, HTTPException, Path
from fastapi.responses import HTMLResponse, PlainTextResponse
from sqlalchemy.orm import Session

from turbinary.api.deps import current_supervisor, db_session
from turbinary.api.schemas import StandbyRequest
from turbinary.domain import ExportFormat
from turbinary.models import Technician
from turbinary.services import accounts, export_service, shift_planner

router = APIRouter(prefix="/shifts", tags=["shifts"])


@router.post("/handover/preview", response_class=HTMLResponse)
def handover_preview(site: str = Form(...), notes: str = Form("")) -> HTMLResponse:
    return HTMLResponse(f"<article class='handover'><h2>Handover {site}</h2><div>{notes}</div></article>")  # VULN xss


@router.post("/handover", response_class=PlainTextResponse)
def handover(site: str = Form(...), outgoing: str = Form(...), notes: str = Form(""), open_items: list[str] = Form([])) -> str:
    return shift_planner.render_handover(site, outgoing, notes, open_items)


@router.post("/standby")
def standby_rota(body: StandbyRequest, _: dict = Depends(current_supervisor)) -> dict:
    return {"rota": shift_planner.assign_standby(body.technicians, body.days)}


@router.post("/exports", status_code=202)
def export_shifts(fmt: ExportFormat = Form(...), site: str = Form(...), out_name: str = Form(""), _: dict = Depends(current_supervisor)) -> dict:
    try:
        export_service.submit_export(fmt, site, out_name)
    except export_service.ExportRejected as exc:
        raise HTTPException(400, str(exc))
    return {"site": site.upper(), "format": fmt.value, "queued": True}


@router.put("/technicians/{tech_id}/kiosk-pin")
def set_kiosk_pin(tech_id: int = Path(..., gt=0), pin: str = Form(...), session: Session = Depends(db_session), _: dict = Depends(current_supervisor)) -> dict:
    tech = session.get(Technician, tech_id)
    if tech is None:
        raise HTTPException(404, "unknown technician")
    try:
        accounts.set_kiosk_pin(tech, pin)
    except accounts.WeakCredential as exc:
        raise HTTPException(400, str(exc))
    return {"technician": tech.username, "kiosk_pin": "updated"}
