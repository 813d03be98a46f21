"""Workshop bookings, stored in Postgres and accessed through asyncpg."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import asyncpg

from spokeshed.domain.dto import Booking, BookingRequest, BookingSearch

_COLUMNS = (
    "id, customer_name, email, bike_description, repair_kind, slot_start, "
    "status, notes, collection_code, quote, photo_filename"
)


def _to_booking(row: asyncpg.Record | None) -> Booking | None:
    if row is None:
        return None
    return Booking(**dict(row))


class BookingRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def get(self, booking_id: int) -> Booking | None:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(f"SELECT {_COLUMNS} FROM bookings WHERE id = $1", booking_id)  # SAFE sqli
        return _to_booking(row)

    async def find_by_collection_code(self, code: str) -> Booking | None:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(
                f"SELECT {_COLUMNS} FROM bookings WHERE collection_code = $1 AND status <> 'cancelled'",
                code,
            )
        return _to_booking(row)

    async def create(self, req: BookingRequest, collection_code: str, quote: Decimal | None) -> Booking:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(
                f"""
                INSERT INTO bookings (customer_name, email, phone, bike_description, repair_kind,
                                      slot_start, status, notes, member_number, collection_code, quote)
                VALUES ($1, $2, $3, $4, $5, $6, 'booked', $7, $8, $9, $10)
                RETURNING {_COLUMNS}
                """,
                req.customer_name, req.email, req.phone, req.bike_description, req.repair_kind,
                req.slot_start, req.notes, req.member_number, collection_code, quote,
            )
        return _to_booking(row)  # type: ignore[return-value]

    async def slots_taken(self, day: date) -> list[datetime]:
        start = datetime.combine(day, datetime.min.time())
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT slot_start FROM bookings WHERE slot_start >= $1 AND slot_start < $2 AND status <> 'cancelled'",
                start, start + timedelta(days=1),
            )
        return [r["slot_start"] for r in rows]

    async def search(self, criteria: BookingSearch) -> list[Booking]:
        clauses: list[str] = ["1=1"]
        args: list[Any] = []
        if criteria.status:
            args.append(criteria.status)
            clauses.append(f"status = ${len(args)}")
        if criteria.day:
            args.append(criteria.day)
            clauses.append(f"slot_start::date = ${len(args)}")
        if criteria.text:
            clauses.append(
                f"(customer_name ILIKE '%{criteria.text}%' OR bike_description ILIKE '%{criteria.text}%')"
            )
        sql = (
            f"SELECT {_COLUMNS} FROM bookings WHERE {' AND '.join(clauses)} "
            f"ORDER BY slot_start DESC LIMIT {int(criteria.limit)}"
        )
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(sql, *args)  # VULN sqli
        return [b for b in (_to_booking(r) for r in rows) if b is not None]

    async def update_notes(self, booking_id: int, notes: str) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute("UPDATE bookings SET notes = $2, updated_at = now() WHERE id = $1", booking_id, notes)

    async def set_status(self, booking_id: int, status: str) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute("UPDATE bookings SET status = $2, updated_at = now() WHERE id = $1", booking_id, status)

    async def set_photo(self, booking_id: int, filename: str) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute("UPDATE bookings SET photo_filename = $2 WHERE id = $1", booking_id, filename)

    async def attach_customer_photo(self, booking_id: int, stored_name: str, original_name: str) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO booking_photos (booking_id, stored_name, original_name) VALUES ($1, $2, $3)",
                booking_id, stored_name, original_name,
            )

    async def photos_for(self, booking_id: int) -> list[dict[str, Any]]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT id, stored_name, original_name, uploaded_at FROM booking_photos WHERE booking_id = $1",
                booking_id,
            )
        return [dict(r) for r in rows]
