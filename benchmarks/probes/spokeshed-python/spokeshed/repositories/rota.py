"""Rota shifts: who is on which bench for which session."""
from __future__ import annotations

from datetime import date, timedelta

import asyncpg

from spokeshed.domain.dto import Shift
from spokeshed.domain.errors import InvalidInput

ROTA_ORDER = {
    "day": "s.day, s.session",
    "bench": "s.bench, s.day",
    "volunteer": "v.display_name NULLS LAST, s.day",
}


class RotaRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def week(self, monday: date, order: str = "day") -> list[Shift]:
        try:
            order_by = ROTA_ORDER[order]
        except KeyError:
            raise InvalidInput(f"cannot order rota by {order!r}") from None
        sql = (
            "SELECT s.id, s.day, s.session, s.bench, s.volunteer_id, v.display_name AS volunteer_name "
            "FROM shifts s LEFT JOIN volunteers v ON v.id = s.volunteer_id "
            f"WHERE s.day >= $1 AND s.day < $2 ORDER BY {order_by}"
        )
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(sql, monday, monday + timedelta(days=7))  # SAFE sqli
        return [Shift(**dict(r)) for r in rows]

    async def claim(self, shift_id: int, volunteer_id: int) -> bool:
        async with self._pool.acquire() as conn:
            status = await conn.execute(
                "UPDATE shifts SET volunteer_id = $2, claimed_at = now() WHERE id = $1 AND volunteer_id IS NULL",
                shift_id, volunteer_id,
            )
        return status.endswith(" 1")

    async def release(self, shift_id: int, volunteer_id: int) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute(
                "UPDATE shifts SET volunteer_id = NULL, claimed_at = NULL WHERE id = $1 AND volunteer_id = $2",
                shift_id, volunteer_id,
            )

    async def create_many(self, shifts: list[tuple[date, str, str]]) -> int:
        async with self._pool.acquire() as conn:
            await conn.executemany(
                "INSERT INTO shifts (day, session, bench) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                shifts,
            )
        return len(shifts)

    async def shift_with_volunteer(self, shift_id: int) -> Shift | None:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(
                "SELECT s.id, s.day, s.session, s.bench, s.volunteer_id, v.display_name AS volunteer_name "
                "FROM shifts s LEFT JOIN volunteers v ON v.id = s.volunteer_id WHERE s.id = $1",
                shift_id,
            )
        return Shift(**dict(row)) if row else None
