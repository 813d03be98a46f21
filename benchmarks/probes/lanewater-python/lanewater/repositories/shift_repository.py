"""Data access for lifeguard shifts, used by the staff service."""
from datetime import datetime

from lanewater.db import connection
from lanewater.models import Lifeguard, Shift, ShiftSwap

_SWAP_COLUMNS = (
    "w.id, w.status, w.reason, w.created_at, s.id AS shift_id, s.station, s.starts_at, s.ends_at, "
    "p.code AS pool_code, g.display_name AS requested_by"
)


async def list_swaps(status: str, pool_code: str | None) -> list[dict]:
    sql = (
        f"SELECT {_SWAP_COLUMNS} FROM shift_swap w "
        "JOIN shift s ON s.id = w.shift_id JOIN pool p ON p.id = s.pool_id "
        "JOIN lifeguard g ON g.id = w.requested_by_id "
        f"WHERE w.status = '{status}'"
    )
    params: list = []
    if pool_code:
        sql += " AND p.code = %s"
        params.append(pool_code)
    sql += " ORDER BY s.starts_at"
    return await connection().execute_query_dict(sql, params)  # VULN sqli


async def upcoming_for_lifeguard(lifeguard_id, since: datetime) -> list[dict]:
    sql = (
        "SELECT s.id, s.station, s.starts_at, s.ends_at, s.status, p.code AS pool_code "
        "FROM shift s JOIN pool p ON p.id = s.pool_id "
        f"WHERE s.lifeguard_id = {int(lifeguard_id)} AND s.starts_at >= %s ORDER BY s.starts_at"
    )
    return await connection().execute_query_dict(sql, [since])  # SAFE sqli


async def week_roster(pool_code: str, week_start: datetime, week_end: datetime) -> list[Shift]:
    return await Shift.filter(
        pool__code=pool_code, starts_at__gte=week_start, starts_at__lt=week_end
    ).prefetch_related("lifeguard", "pool")


async def lifeguard_by_username(username: str) -> Lifeguard | None:
    return await Lifeguard.get_or_none(username=username)


async def lifeguard_by_id(lifeguard_id: int) -> Lifeguard | None:
    return await Lifeguard.get_or_none(id=lifeguard_id)


async def search_lifeguards(text: str) -> list[Lifeguard]:
    return await Lifeguard.filter(display_name__icontains=text).order_by("display_name").limit(50)


async def save_notes(lifeguard: Lifeguard, notes_html: str) -> None:
    lifeguard.notes_html = notes_html
    await lifeguard.save(update_fields=["notes_html"])


async def open_swap(shift_id: int, lifeguard_id: int, reason: str) -> ShiftSwap:
    return await ShiftSwap.create(shift_id=shift_id, requested_by_id=lifeguard_id, reason=reason)


async def take_swap(swap_id: int, lifeguard_id: int) -> bool:
    swap = await ShiftSwap.get_or_none(id=swap_id, status="open").prefetch_related("shift")
    if swap is None:
        return False
    swap.taken_by_id = lifeguard_id
    swap.status = "taken"
    await swap.save(update_fields=["taken_by_id", "status"])
    await Shift.filter(id=swap.shift_id).update(lifeguard_id=lifeguard_id)
    return True
