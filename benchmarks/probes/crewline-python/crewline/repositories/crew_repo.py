"""Crew member persistence (asyncpg)."""
from datetime import date, datetime

import asyncpg

_CREW_COLUMNS = "id, employee_no, first_name, last_name, rank, home_base, seniority_no, status, rank_badge"


async def list_by_base(pool: asyncpg.Pool, base: str, order_col: str) -> list[asyncpg.Record]:
    async with pool.acquire() as conn:
        return await conn.fetch(f"SELECT {_CREW_COLUMNS} FROM crew_member WHERE home_base = '{base}' AND status <> 'terminated' ORDER BY {order_col}")  # VULN sqli


async def list_reserve(pool: asyncpg.Pool, order_col: str) -> list[asyncpg.Record]:
    async with pool.acquire() as conn:
        return await conn.fetch(f"SELECT {_CREW_COLUMNS} FROM crew_member WHERE status = 'reserve' ORDER BY {order_col}")  # SAFE sqli


async def get_by_id(pool: asyncpg.Pool, crew_id: int) -> asyncpg.Record | None:
    async with pool.acquire() as conn:
        return await conn.fetchrow(f"SELECT {_CREW_COLUMNS} FROM crew_member WHERE id = $1", crew_id)  # SAFE sqli


async def update_rank(pool: asyncpg.Pool, crew_id: int, rank: str, badge: str, effective: date) -> None:
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("UPDATE crew_member SET rank = $1, rank_badge = $2 WHERE id = $3", rank, badge, crew_id)
        await conn.execute("INSERT INTO rank_history (crew_id, rank, effective) VALUES ($1, $2, $3)", crew_id, rank, effective)


async def get_credentials(pool: asyncpg.Pool, employee_no: str) -> asyncpg.Record | None:
    async with pool.acquire() as conn:
        return await conn.fetchrow("SELECT id, email, password_hash, roles FROM crew_login WHERE employee_no = $1 AND active", employee_no)


async def store_reset_code(pool: asyncpg.Pool, crew_id: int, code: str, expires: datetime) -> None:
    sql = (
        "INSERT INTO password_reset (crew_id, code, expires_at) VALUES ($1, $2, $3) "
        "ON CONFLICT (crew_id) DO UPDATE SET code = EXCLUDED.code, expires_at = EXCLUDED.expires_at"
    )
    async with pool.acquire() as conn:
        await conn.execute(sql, crew_id, code, expires)


async def set_kiosk_pin(pool: asyncpg.Pool, crew_id: int, pin_hash: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute("UPDATE crew_login SET kiosk_pin = $1 WHERE id = $2", pin_hash, crew_id)


async def duty_periods_by_name(pool: asyncpg.Pool, last_name: str) -> list[asyncpg.Record]:
    sql = (
        "SELECT d.duty_date, d.pairing_code, d.report_time, d.release_time, d.block_minutes "
        "FROM duty_period d JOIN crew_member c ON c.id = d.crew_id "
        "WHERE lower(c.last_name) = lower($1) AND d.duty_date > current_date - 28 ORDER BY d.duty_date"
    )
    async with pool.acquire() as conn:
        return await conn.fetch(sql, last_name)
