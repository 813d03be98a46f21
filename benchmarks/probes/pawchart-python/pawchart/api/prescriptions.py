"""Prescriptions, dose calculator and label printing."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Header, HTTPException, Query, status
from fastapi import Path as PathParam
from sqlalchemy.orm import Session

from pawchart.config import Settings, get_settings
from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user
from pawchart.models.schemas import DosePreviewRequest, DosePreviewResponse, PrescriptionCreate, PrescriptionOut
from pawchart.services.label_printer import LabelPrinter
from pawchart.services.prescription_service import PrescriptionNotFound, PrescriptionService
from pawchart.util.dosing import FormulaError

router = APIRouter(prefix="/prescriptions", tags=["prescriptions"])


@router.post("", response_model=PrescriptionOut, status_code=201)
def create_prescription(
    body: PrescriptionCreate,
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    try:
        return PrescriptionService(session).create(user, body)
    except PrescriptionNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "pet not found") from exc
    except (FormulaError, ZeroDivisionError, ValueError) as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from exc


@router.get("/printers/{name}/status")
def printer_status(
    name: str,
    user: CurrentUser = Depends(get_current_user),
    settings: Settings = Depends(get_settings),
) -> dict[str, str]:
    if name not in settings.label_printers:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "unknown printer")
    return {"printer": name, "status": LabelPrinter(settings).printer_status(name)}


@router.post("/dose-preview", response_model=DosePreviewResponse)
def dose_preview(
    body: DosePreviewRequest,
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> DosePreviewResponse:
    try:
        dose = PrescriptionService(session).preview_dose(body)
    except (ArithmeticError, SyntaxError, NameError, TypeError, ValueError) as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, f"cannot evaluate formula: {exc}") from exc
    return DosePreviewResponse(formula=body.formula, dose_mg=dose)


@router.get("/{rx_id}", response_model=PrescriptionOut)
def get_prescription(
    rx_id: int = PathParam(..., ge=1),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    try:
        return PrescriptionService(session).get(user.clinic_id, rx_id)
    except PrescriptionNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "prescription not found") from exc


@router.post("/{rx_id}/label", status_code=202)
def print_label(
    rx_id: int = PathParam(..., ge=1),
    copies: int = Query(1, ge=1, le=20),
    printer: str | None = Header(default=None, alias="X-Label-Printer"),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
    settings: Settings = Depends(get_settings),
) -> dict[str, object]:
    svc = PrescriptionService(session)
    try:
        rx = svc.get(user.clinic_id, rx_id)
    except PrescriptionNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "prescription not found") from exc
    target = printer or settings.default_printer
    svc.queue_label(rx, target, copies)
    return {"queued": True, "printer": target, "copies": copies}
