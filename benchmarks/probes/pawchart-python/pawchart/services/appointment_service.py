"""Appointment booking and day sheets."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy.orm import Session

from pawchart.models.orm import Appointment, AppointmentStatus
from pawchart.models.schemas import AppointmentCreate
from pawchart.repositories.appointment_repo import AppointmentRepository
from pawchart.repositories.pet_repo import PetRepository
from pawchart.services.webhook_service import WebhookService

DEFAULT_STATUSES = ("booked", "checked_in")


class SlotUnavailable(ValueError):
    pass


class AppointmentNotFound(LookupError):
    pass


class AppointmentService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.repo = AppointmentRepository(session)
        self.pets = PetRepository(session)
        self.webhooks = WebhookService(session)

    def list_for_vet(self, clinic_id: int, vet_id: int, statuses: Sequence[str]) -> list[dict]:
        wanted = [s.strip().lower() for s in statuses if s and s.strip()]
        return self.repo.list_for_vet(clinic_id, vet_id, wanted or list(DEFAULT_STATUSES))

    def day_sheet(self, clinic_id: int, day: date, order: str) -> list[dict]:
        return self.repo.list_for_day(clinic_id, day, order.lower())

    def book(self, clinic_id: int, body: AppointmentCreate) -> Appointment:
        pet = self.pets.get(clinic_id, body.pet_id)
        if pet is None:
            raise AppointmentNotFound(f"pet {body.pet_id}")
        ends_at = body.starts_at + timedelta(minutes=body.duration_min)
        if self.repo.overlapping(body.vet_id, body.starts_at, ends_at):
            raise SlotUnavailable("the vet already has an appointment at that time")
        appt = self.repo.add(
            Appointment(
                clinic_id=clinic_id,
                pet_id=pet.id,
                vet_id=body.vet_id,
                starts_at=body.starts_at,
                duration_min=body.duration_min,
                reason=body.reason,
                room=body.room,
            )
        )
        self.webhooks.dispatch(
            clinic_id,
            "appointment.booked",
            {"appointment_id": appt.id, "pet_id": pet.id, "starts_at": appt.starts_at.isoformat()},
        )
        return appt

    def set_status(self, clinic_id: int, appointment_id: int, status: str) -> Appointment:
        appt = self.repo.get(clinic_id, appointment_id)
        if appt is None:
            raise AppointmentNotFound(appointment_id)
        appt.status = AppointmentStatus(status)
        return appt
