"""Read-only queries against the analytics warehouse (asyncpg)."""
from __future__ import annotations

from datetime import date

import asyncpg

from pawchart.models.schemas import ReportKind


class AnalyticsRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def revenue(self, clinic_id: int, granularity: str, group_by: str, since: date) -> list[asyncpg.Record]:
        sql = (
            f"SELECT date_trunc('{granularity}', issued_on) AS period, {group_by} AS bucket, "
            "sum(total) AS revenue, count(*) AS invoices "
            "FROM invoice_facts WHERE clinic_id = $1 AND issued_on >= $2 "
            "GROUP BY 1, 2 ORDER BY 1, 2"
        )
        async with self.pool.acquire() as conn:
            return await conn.fetch(sql, clinic_id, since)  # VULN sqli

    async def visits_since(self, clinic_id: int, since: date) -> list[asyncpg.Record]:
        async with self.pool.acquire() as conn:
            return await conn.fetch(
                "SELECT day, visits, new_patients FROM daily_visits "
                "WHERE clinic_id = $1 AND day >= $2 ORDER BY day",
                clinic_id,
                since,
            )

    async def summary(self, clinic_id: int, kind: ReportKind) -> asyncpg.Record | None:
        sql = f"SELECT * FROM {kind.view_name} WHERE clinic_id = $1"
        async with self.pool.acquire() as conn:
            return await conn.fetchrow(sql, clinic_id)  # SAFE sqli
