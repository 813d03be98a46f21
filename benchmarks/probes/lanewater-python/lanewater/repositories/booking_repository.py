"""Data access for lane bookings.

Listing queries are hand-written because the desk screens need joined rows with pool and
lane labels in a single round trip.
"""
from datetime import date, datetime
from decimal import Decimal

from lanewater.db import connection
from lanewater.models import Lane, LaneBooking, PricingRule

SORT_COLUMNS = {
    "start": "b.starts_at",
    "created": "b.created_at",
    "price": "b.price",
    "status": "b.status",
}

_BOOKING_COLUMNS = (
    "b.reference, b.lane_id, l.label AS lane_label, p.code AS pool_code, "
    "b.starts_at, b.ends_at, b.status, b.price"
)
_BOOKING_JOINS = "FROM lane_booking b JOIN lane l ON l.id = b.lane_id JOIN pool p ON p.id = l.pool_id"


async def list_for_lane(lane_id: int, day: date | None, sort: str, direction: str) -> list[dict]:
    order_column = SORT_COLUMNS.get(sort, sort)
    order_direction = "DESC" if direction.lower() == "desc" else "ASC"
    sql = f"SELECT {_BOOKING_COLUMNS} {_BOOKING_JOINS} WHERE b.lane_id = %s"
    params: list = [lane_id]
    if day is not None:
        sql += " AND DATE(b.starts_at) = %s"
        params.append(day.isoformat())
    sql += f" ORDER BY {order_column} {order_direction} LIMIT 200"
    return await connection().execute_query_dict(sql, params)  # VULN sqli


async def get_for_member(reference: str, member_id: int) -> dict | None:
    sql = f"SELECT {_BOOKING_COLUMNS} {_BOOKING_JOINS} WHERE b.reference = %s AND b.member_id = %s"
    rows = await connection().execute_query_dict(sql, [reference, member_id])  # SAFE sqli
    return rows[0] if rows else None


async def list_for_member(member_id: int) -> list[dict]:
    sql = f"SELECT {_BOOKING_COLUMNS} {_BOOKING_JOINS} WHERE b.member_id = %s ORDER BY b.starts_at DESC"
    return await connection().execute_query_dict(sql, [member_id])


async def has_overlap(lane_id: int, starts_at: datetime, ends_at: datetime) -> bool:
    return await LaneBooking.filter(
        lane_id=lane_id,
        status__in=("held", "confirmed"),
        starts_at__lt=ends_at,
        ends_at__gt=starts_at,
    ).exists()


async def create(
    *,
    reference: str,
    lane_id: int,
    member_id: int,
    starts_at: datetime,
    ends_at: datetime,
    price: Decimal,
    return_url: str | None,
    notes: str | None,
) -> LaneBooking:
    return await LaneBooking.create(
        reference=reference,
        lane_id=lane_id,
        member_id=member_id,
        starts_at=starts_at,
        ends_at=ends_at,
        price=price,
        return_url=return_url,
        notes=notes,
    )


async def by_reference(reference: str) -> LaneBooking | None:
    return await LaneBooking.get_or_none(reference=reference).prefetch_related("lane__pool", "member")


async def set_status(reference: str, status: str) -> int:
    return await LaneBooking.filter(reference=reference).update(status=status)


async def lane_with_pool(lane_id: int) -> Lane | None:
    return await Lane.get_or_none(id=lane_id, is_open=True).prefetch_related("pool")


async def active_rule_for_pool(pool_code: str) -> PricingRule | None:
    return await PricingRule.filter(pool__code=pool_code, active=True).order_by("-updated_at").first()


async def save_rule(pool_id: int, name: str, formula: str, base_rate: Decimal) -> PricingRule:
    await PricingRule.filter(pool_id=pool_id, active=True).update(active=False)
    return await PricingRule.create(pool_id=pool_id, name=name, formula=formula, base_rate=base_rate)
