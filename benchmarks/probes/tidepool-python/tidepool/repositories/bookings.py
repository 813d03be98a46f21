"""Bookings. Writes go through SQLAlchemy Core, staff-side reads use raw psycopg."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from psycopg import sql
from sqlalchemy import insert, select, text, update

from tidepool.db import bookings, pg_cursor, transaction, vessels
from tidepool.domain.dto import Booking, BookingRequest

DASHBOARD_COLUMNS = {"arrival", "departure", "reference", "status", "created_at"}

_BOOKING_SELECT = """
SELECT k.id, k.reference, b.code AS berth_code, v.name AS vessel_name, k.arrival, k.departure,
       k.status, k.notes, k.total, k.partner_id, c.email AS contact_email
  FROM bookings k
  JOIN berths b ON b.id = k.berth_id
  JOIN vessels v ON v.id = k.vessel_id
  LEFT JOIN booking_contacts c ON c.booking_id = k.id
"""


def _to_booking(row: dict[str, Any]) -> Booking:
    return Booking(
        id=row["id"],
        reference=row["reference"],
        berth_code=row["berth_code"],
        vessel_name=row["vessel_name"],
        arrival=row["arrival"],
        departure=row["departure"],
        status=row["status"],
        notes=row.get("notes"),
        total=row.get("total"),
        partner_id=row.get("partner_id"),
        contact_email=row.get("contact_email"),
    )


def create(
    request: BookingRequest,
    berth_id: int,
    owner_id: int,
    reference: str,
    total: Decimal,
) -> int:
    with transaction() as conn:
        vessel_id = conn.execute(
            insert(vessels)
            .values(
                owner_id=owner_id,
                name=request.vessel.name,
                mmsi=request.vessel.mmsi,
                flag_state=request.vessel.flag_state,
                length_m=request.vessel.length_m,
                beam_m=request.vessel.beam_m,
                draft_m=request.vessel.draft_m,
            )
            .returning(vessels.c.id)
        ).scalar_one()
        booking_id = conn.execute(
            insert(bookings)
            .values(
                reference=reference,
                berth_id=berth_id,
                vessel_id=vessel_id,
                partner_id=request.partner_id,
                arrival=request.arrival,
                departure=request.departure,
                status="pending",
                notes=request.notes,
                total=total,
                created_at=datetime.now(timezone.utc),
            )
            .returning(bookings.c.id)
        ).scalar_one()
        conn.execute(
            text("INSERT INTO booking_contacts (booking_id, email) VALUES (:b, :e)"),
            {"b": booking_id, "e": request.contact_email},
        )
        return int(booking_id)


def get(booking_id: int) -> Booking | None:
    with pg_cursor() as cur:
        cur.execute(_BOOKING_SELECT + " WHERE k.id = %s", (booking_id,))  # SAFE sqli
        row = cur.fetchone()
        return _to_booking(row) if row else None


def get_by_reference(reference: str) -> Booking | None:
    with pg_cursor() as cur:
        cur.execute(_BOOKING_SELECT + " WHERE k.reference = %s", (reference,))
        row = cur.fetchone()
        return _to_booking(row) if row else None


def staff_search(term: str, status: str | None = None, limit: int = 50) -> list[Booking]:
    clauses = [f"(v.name ILIKE '%%{term}%%' OR k.reference ILIKE '%%{term}%%')"]
    params: list[Any] = []
    if status:
        clauses.append("k.status = %s")
        params.append(status)
    query = _BOOKING_SELECT + " WHERE " + " AND ".join(clauses) + " ORDER BY k.arrival DESC LIMIT %s"
    params.append(limit)
    with pg_cursor() as cur:
        cur.execute(query, params)  # VULN sqli
        return [_to_booking(r) for r in cur.fetchall()]


def dashboard(day: date, order_column: str, descending: bool = False) -> list[Booking]:
    if order_column not in DASHBOARD_COLUMNS:
        order_column = "arrival"
    query = sql.SQL(_BOOKING_SELECT + " WHERE k.arrival <= %s AND k.departure >= %s ORDER BY {} {}").format(
        sql.Identifier("k", order_column), sql.SQL("DESC" if descending else "ASC")
    )
    with pg_cursor() as cur:
        cur.execute(query, (day, day))  # SAFE sqli
        return [_to_booking(r) for r in cur.fetchall()]


def set_status(booking_id: int, status: str) -> None:
    with transaction() as conn:
        conn.execute(update(bookings).where(bookings.c.id == booking_id).values(status=status))


def for_partner(partner_id: int, since: date) -> list[Booking]:
    with pg_cursor() as cur:
        cur.execute(
            _BOOKING_SELECT + " WHERE k.partner_id = %s AND k.arrival >= %s ORDER BY k.arrival",
            (partner_id, since),
        )
        return [_to_booking(r) for r in cur.fetchall()]


def between(start: date, end: date) -> list[Booking]:
    with pg_cursor() as cur:
        cur.execute(_BOOKING_SELECT + " WHERE k.arrival BETWEEN %s AND %s ORDER BY k.arrival", (start, end))
        return [_to_booking(r) for r in cur.fetchall()]


def save_payment_session(booking_id: int, provider_ref: str, return_to: str | None) -> None:
    with transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO payment_sessions (booking_id, provider_ref, return_to, created_at) "
                "VALUES (:b, :p, :r, now())"
            ),
            {"b": booking_id, "p": provider_ref, "r": return_to},
        )


def payment_session(provider_ref: str) -> dict[str, Any] | None:
    with transaction() as conn:
        row = conn.execute(
            text("SELECT booking_id, provider_ref, return_to FROM payment_sessions WHERE provider_ref = :p"),
            {"p": provider_ref},
        ).first()
        return dict(row._mapping) if row else None


def owner_of(booking_id: int) -> int | None:
    with transaction() as conn:
        row = conn.execute(
            select(vessels.c.owner_id)
            .select_from(bookings.join(vessels, bookings.c.vessel_id == vessels.c.id))
            .where(bookings.c.id == booking_id)
        ).first()
        return int(row[0]) if row else None
