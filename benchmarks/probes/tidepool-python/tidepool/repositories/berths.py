"""Berth inventory and availability (SQLAlchemy Core)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select, text, update

from tidepool.db import berths, connection, marinas, transaction
from tidepool.domain.dto import BerthSearch
from tidepool.domain.pricing import SurchargeRule

PAGE_SIZE = 25

SORT_COLUMNS = {
    "rate": "b.nightly_rate ASC",
    "rate_desc": "b.nightly_rate DESC",
    "length": "b.max_length_m ASC",
    "pontoon": "b.pontoon ASC, b.code ASC",
}

_AVAILABILITY_SQL = """
SELECT b.id, b.code, b.pontoon, b.max_length_m, b.max_beam_m, b.max_draft_m,
       b.has_shore_power, b.nightly_rate
  FROM berths b
 WHERE b.marina_id = :marina_id
   AND b.active
   AND b.max_length_m >= :length
   AND b.max_beam_m >= :beam
   AND b.max_draft_m >= :draft
   AND (:shore_power = false OR b.has_shore_power)
   AND NOT EXISTS (
        SELECT 1 FROM bookings k
         WHERE k.berth_id = b.id
           AND k.status IN ('pending', 'confirmed', 'arrived')
           AND k.arrival < :departure
           AND k.departure > :arrival)
"""


def _row(row: Any) -> dict[str, Any]:
    data = dict(row._mapping)
    for key, value in data.items():
        if isinstance(value, Decimal):
            data[key] = value
    return data


def search_available(search: BerthSearch) -> list[dict[str, Any]]:
    order_by = SORT_COLUMNS.get(search.sort, search.sort)
    sql = f"{_AVAILABILITY_SQL} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    params = {
        "marina_id": search.marina_id,
        "length": search.length_m,
        "beam": search.beam_m,
        "draft": search.draft_m,
        "shore_power": search.shore_power,
        "arrival": search.arrival,
        "departure": search.departure,
        "limit": PAGE_SIZE,
        "offset": (search.page - 1) * PAGE_SIZE,
    }
    with connection() as conn:
        result = conn.execute(text(sql), params)  # VULN sqli
        return [_row(r) for r in result]


def get_by_code(code: str) -> dict[str, Any] | None:
    stmt = select(berths).where(and_(berths.c.code == code, berths.c.active.is_(True)))
    with connection() as conn:
        row = conn.execute(stmt).first()  # SAFE sqli
        return _row(row) if row else None


def list_for_pontoon(marina_id: int, pontoon: str) -> list[dict[str, Any]]:
    stmt = text(
        "SELECT id, code, pontoon, max_length_m, nightly_rate, active FROM berths "
        "WHERE marina_id = :marina_id AND pontoon = :pontoon ORDER BY code"
    )
    with connection() as conn:
        rows = conn.execute(stmt, {"marina_id": marina_id, "pontoon": pontoon})  # SAFE sqli
        return [_row(r) for r in rows]


def set_rate(berth_id: int, nightly_rate: Decimal) -> None:
    with transaction() as conn:
        conn.execute(update(berths).where(berths.c.id == berth_id).values(nightly_rate=nightly_rate))


def marina_settings(marina_id: int) -> dict[str, Any] | None:
    with connection() as conn:
        row = conn.execute(select(marinas).where(marinas.c.id == marina_id)).first()
        if not row:
            return None
        data = _row(row)
        extra = conn.execute(
            text("SELECT season_multipliers FROM marina_pricing WHERE marina_id = :m"), {"m": marina_id}
        ).first()
        data["season_multipliers"] = extra[0] if extra else "{}"
        return data


def update_tide_feed(marina_id: int, feed_url: str | None, station_id: int | None) -> None:
    with transaction() as conn:
        conn.execute(
            update(marinas)
            .where(marinas.c.id == marina_id)
            .values(tide_feed_url=feed_url, tide_station_id=station_id)
        )


def surcharge_rules(marina_id: int) -> list[SurchargeRule]:
    with connection() as conn:
        rows = conn.execute(
            text(
                "SELECT id, label, expression, amount, per_night FROM surcharge_rules "
                "WHERE marina_id = :m AND active ORDER BY priority"
            ),
            {"m": marina_id},
        )
        return [
            SurchargeRule(
                id=r.id, label=r.label, expression=r.expression, amount=r.amount, per_night=r.per_night
            )
            for r in rows
        ]


def save_surcharge_rule(marina_id: int, label: str, expression: str, amount: Decimal, per_night: bool) -> int:
    with transaction() as conn:
        row = conn.execute(
            text(
                "INSERT INTO surcharge_rules (marina_id, label, expression, amount, per_night, active, priority) "
                "VALUES (:m, :label, :expr, :amount, :per_night, true, "
                "(SELECT COALESCE(MAX(priority), 0) + 1 FROM surcharge_rules WHERE marina_id = :m)) RETURNING id"
            ),
            {"m": marina_id, "label": label, "expr": expression, "amount": amount, "per_night": per_night},
        ).one()
        return int(row.id)
