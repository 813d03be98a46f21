"""Data access for appointments."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pawchart.models.orm import Appointment

DAY_SHEET_ORDER = {
    "time": "a.starts_at",
    "room": "a.room NULLS LAST, a.starts_at",
    "vet": "a.vet_id, a.starts_at",
    "status": "a.status, a.starts_at",
}

_COLUMNS = "a.id, a.pet_id, a.vet_id, a.starts_at, a.duration_min, a.reason, a.room, a.status"


class AppointmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, clinic_id: int, appointment_id: int) -> Appointment | None:
        stmt = select(Appointment).where(
            Appointment.clinic_id == clinic_id, Appointment.id == appointment_id
        )
        return self.session.scalars(stmt).first()

    def add(self, appointment: Appointment) -> Appointment:
        self.session.add(appointment)
        self.session.flush()
        return appointment

    def overlapping(self, vet_id: int, starts_at: datetime, ends_at: datetime) -> int:
        sql = text(
            "SELECT count(*) FROM appointments "
            "WHERE vet_id = :vet AND status IN ('booked', 'checked_in') "
            "AND starts_at < :ends AND starts_at + make_interval(mins => duration_min) > :starts"
        )
        return self.session.execute(sql, {"vet": vet_id, "starts": starts_at, "ends": ends_at}).scalar_one()

    def list_for_vet(self, clinic_id: int, vet_id: int, statuses: Sequence[str]) -> list[dict]:
        in_list = ", ".join(f"'{s}'" for s in statuses)
        sql = (
            f"SELECT {_COLUMNS} FROM appointments a "
            f"WHERE a.clinic_id = :clinic AND a.vet_id = :vet AND a.status IN ({in_list}) "
            "ORDER BY a.starts_at"
        )
        result = self.session.execute(text(sql), {"clinic": clinic_id, "vet": vet_id})  # VULN sqli
        return [dict(row) for row in result.mappings()]

    def list_for_day(self, clinic_id: int, day: date, order_key: str) -> list[dict]:
        order_by = DAY_SHEET_ORDER.get(order_key, DAY_SHEET_ORDER["time"])
        start = datetime.combine(day, time.min)
        sql = (
            f"SELECT {_COLUMNS} FROM appointments a "
            "WHERE a.clinic_id = :clinic AND a.starts_at >= :start AND a.starts_at < :end "
            f"ORDER BY {order_by}"
        )
        result = self.session.execute(  # SAFE sqli
            text(sql), {"clinic": clinic_id, "start": start, "end": start + timedelta(days=1)}
        )
        return [dict(row) for row in result.mappings()]
