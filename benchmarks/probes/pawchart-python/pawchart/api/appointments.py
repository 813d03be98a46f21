"""Appointment booking and vet/day lists."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Query, status
from fastapi import Path as PathParam
from sqlalchemy.orm import Session

from pawchart.db import get_session
from pawchart.deps import CurrentUser, get_current_user
from pawchart.models.schemas import AppointmentCreate, AppointmentOut, AppointmentStatusUpdate
from pawchart.services.appointment_service import AppointmentNotFound, AppointmentService, SlotUnavailable

router = APIRouter(prefix="/appointments", tags=["appointments"])


@router.get("", response_model=list[AppointmentOut])
def list_for_vet(
    vet_id: int = Query(..., ge=1),
    status_filter: list[str] = Query(default=["booked", "checked_in"], alias="status"),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> list[dict]:
    return AppointmentService(session).list_for_vet(user.clinic_id, vet_id, status_filter)


@router.get("/day/{day}", response_model=list[AppointmentOut])
def day_sheet(
    day: date,
    order: str = Query("time", max_length=16),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
) -> list[dict]:
    return AppointmentService(session).day_sheet(user.clinic_id, day, order)


@router.post("", response_model=AppointmentOut, status_code=201)
def book(
    body: AppointmentCreate,
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    try:
        return AppointmentService(session).book(user.clinic_id, body)
    except AppointmentNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "pet not found") from exc
    except SlotUnavailable as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from exc


@router.patch("/{appointment_id}/status", response_model=AppointmentOut)
def update_status(
    body: AppointmentStatusUpdate,
    appointment_id: int = PathParam(..., ge=1),
    user: CurrentUser = Depends(get_current_user),
    session: Session = Depends(get_session),
):
    try:
        return AppointmentService(session).set_status(user.clinic_id, appointment_id, body.status)
    except AppointmentNotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "appointment not found") from exc
