"""Work orders for field crews (dispatcher API and crew tablet endpoints)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, File, HTTPException, Query, UploadFile, status
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from aquameter.config import Settings
from aquameter.db import get_session
from aquameter.deps import Principal, crew_directory, current_crew, require_role, settings_dep
from aquameter.schemas.field import CrewAssignmentIn, CrewNotesIn, GatewayDiagnosticIn, WorkOrderIn, WorkOrderOut
from aquameter.security.directory import CrewDirectory
from aquameter.security.guards import GuardViolation
from aquameter.security.jwt_tokens import CrewIdentity
from aquameter.services.work_orders import WorkOrderNotFound, WorkOrderService

router = APIRouter(prefix="/work-orders", tags=["work-orders"])
crew_router = APIRouter(prefix="/work-orders", tags=["crew"])
dispatcher = require_role("dispatcher", "supervisor")


def _service(session: Session = Depends(get_session), settings: Settings = Depends(settings_dep)) -> WorkOrderService:
    return WorkOrderService(session, settings)


@router.post("", status_code=201)
def create_work_order(body: WorkOrderIn, _: Principal = Depends(dispatcher), service: WorkOrderService = Depends(_service)) -> dict[str, int]:
    try:
        return {"id": service.create(body)}
    except WorkOrderNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown meter") from exc


@router.post("/{work_order_id}/assign")
def assign_work_order(
    work_order_id: int,
    body: CrewAssignmentIn,
    _: Principal = Depends(dispatcher),
    service: WorkOrderService = Depends(_service),
    directory: CrewDirectory = Depends(crew_directory),
) -> dict[str, str]:
    try:
        return service.assign(work_order_id, body.employee_id.strip(), directory)
    except WorkOrderNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc


@router.post("/diagnostics/gateway")
def gateway_diagnostic(body: GatewayDiagnosticIn, _: Principal = Depends(dispatcher), service: WorkOrderService = Depends(_service)) -> dict:
    try:
        result = service.gateway_diagnostic(body.host.strip().lower(), body.count)
    except GuardViolation as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    return {"reachable": result.ok, "output": result.output}


@crew_router.get("/mine", response_model=list[WorkOrderOut])
def my_work_orders(limit: int = Query(25, ge=1, le=100), crew: CrewIdentity = Depends(current_crew), service: WorkOrderService = Depends(_service)) -> list[WorkOrderOut]:
    return service.open_for_crew(crew.crew_code, limit)


@crew_router.put("/{work_order_id}/notes", status_code=204)
def save_crew_notes(work_order_id: int, body: CrewNotesIn, crew: CrewIdentity = Depends(current_crew), service: WorkOrderService = Depends(_service)) -> None:
    try:
        service.update_notes(work_order_id, body.notes)
    except WorkOrderNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc


@crew_router.post("/{work_order_id}/attachments", status_code=201)
def upload_attachment(
    work_order_id: int,
    upload: UploadFile = File(...),
    crew: CrewIdentity = Depends(current_crew),
    service: WorkOrderService = Depends(_service),
) -> dict[str, int]:
    if not upload.filename:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "file name required")
    try:
        attachment_id = service.store_attachment(work_order_id, upload.filename, upload.content_type, upload.file, crew.employee_id)
    except GuardViolation as exc:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, str(exc)) from exc
    except WorkOrderNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc
    return {"id": attachment_id}


@crew_router.get("/{work_order_id}/attachments/{attachment_id}")
def download_attachment(work_order_id: int, attachment_id: int, crew: CrewIdentity = Depends(current_crew), service: WorkOrderService = Depends(_service)) -> FileResponse:
    try:
        path, original_name, content_type = service.attachment_path(work_order_id, attachment_id)
    except (WorkOrderNotFound, GuardViolation) as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND) from exc
    return FileResponse(path, media_type=content_type or "application/octet-stream", filename=original_name)  # SAFE path
