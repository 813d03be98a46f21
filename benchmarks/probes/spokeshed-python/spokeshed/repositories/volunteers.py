"""Volunteer records (asyncpg)."""
from __future__ import annotations

import asyncpg

from spokeshed.domain.dto import Volunteer

_COLUMNS = "id, display_name, email, skills, website, calendar_webhook, is_coordinator"


def _row(row: asyncpg.Record | None) -> Volunteer | None:
    return Volunteer(**dict(row)) if row is not None else None


class VolunteerRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def get(self, volunteer_id: int) -> Volunteer | None:
        async with self._pool.acquire() as conn:
            return _row(await conn.fetchrow(f"SELECT {_COLUMNS} FROM volunteers WHERE id = $1", volunteer_id))

    async def get_by_email(self, email: str) -> tuple[Volunteer, str] | None:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(f"SELECT {_COLUMNS}, pin_hash FROM volunteers WHERE lower(email) = lower($1)", email)  # SAFE sqli
        if row is None:
            return None
        data = dict(row)
        pin_hash = data.pop("pin_hash")
        return Volunteer(**data), pin_hash

    async def with_skill(self, skill: str, active_only: bool = True) -> list[Volunteer]:
        sql = f"SELECT {_COLUMNS} FROM volunteers WHERE '{skill}' = ANY(skills)"
        if active_only:
            sql += " AND active"
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(sql + " ORDER BY display_name")  # VULN sqli
        return [v for v in (_row(r) for r in rows) if v is not None]

    async def create(self, display_name: str, email: str, pin_hash: str, skills: list[str], website: str | None) -> Volunteer:
        async with self._pool.acquire() as conn:
            row = await conn.fetchrow(
                f"""
                INSERT INTO volunteers (display_name, email, pin_hash, skills, website, active)
                VALUES ($1, $2, $3, $4, $5, true)
                RETURNING {_COLUMNS}
                """,
                display_name, email, pin_hash, skills, website,
            )
        return _row(row)  # type: ignore[return-value]

    async def set_calendar_webhook(self, volunteer_id: int, url: str | None) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute("UPDATE volunteers SET calendar_webhook = $2 WHERE id = $1", volunteer_id, url)

    async def set_website(self, volunteer_id: int, url: str | None) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute("UPDATE volunteers SET website = $2 WHERE id = $1", volunteer_id, url)
