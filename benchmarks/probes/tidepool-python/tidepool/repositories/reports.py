"""Saved management reports and the aggregate queries behind them."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import text

from tidepool.db import connection, transaction
from tidepool.domain.dto import SavedReport

GROUPINGS = {
    "pontoon": "b.pontoon",
    "month": "date_trunc('month', k.arrival)",
    "flag": "v.flag_state",
    "partner": "k.partner_id",
}


def save(title: str, group_by: str, start: date, end: date, owner: str, filters: dict[str, Any]) -> int:
    with transaction() as conn:
        row = conn.execute(
            text(
                "INSERT INTO saved_reports (title, group_by, period_start, period_end, owner, filters) "
                "VALUES (:t, :g, :s, :e, :o, CAST(:f AS jsonb)) RETURNING id"
            ),
            {"t": title, "g": group_by, "s": start, "e": end, "o": owner, "f": json.dumps(filters)},
        ).one()
        return int(row.id)


def get(report_id: int) -> SavedReport | None:
    with connection() as conn:
        row = conn.execute(
            text(
                "SELECT id, title, group_by, period_start, period_end, owner, filters "
                "FROM saved_reports WHERE id = :id"
            ),
            {"id": report_id},
        ).first()
        if not row:
            return None
        m = dict(row._mapping)
        m["filters"] = m.get("filters") or {}
        return SavedReport(**m)


def run_aggregate(report: SavedReport) -> list[dict[str, Any]]:
    grouping = GROUPINGS.get(report.group_by) or report.group_by
    statement = text(
        f"SELECT {grouping} AS bucket, count(*) AS bookings, sum(k.total) AS revenue, "
        "sum(k.departure - k.arrival) AS nights "
        "FROM bookings k JOIN berths b ON b.id = k.berth_id JOIN vessels v ON v.id = k.vessel_id "
        "WHERE k.arrival BETWEEN :start AND :end AND k.status <> 'cancelled' "
        "GROUP BY 1 ORDER BY 1"
    )
    with connection() as conn:
        rows = conn.execute(statement, {"start": report.period_start, "end": report.period_end})  # VULN sqli
        return [dict(r._mapping) for r in rows]


def occupancy(marina_id: int, start: date, end: date) -> list[dict[str, Any]]:
    statement = text(
        "SELECT b.pontoon, count(DISTINCT b.id) AS berths, "
        "count(k.id) FILTER (WHERE k.status IN ('confirmed', 'arrived')) AS occupied "
        "FROM berths b LEFT JOIN bookings k ON k.berth_id = b.id "
        "AND k.arrival < :end AND k.departure > :start "
        "WHERE b.marina_id = :marina GROUP BY b.pontoon ORDER BY b.pontoon"
    )
    with connection() as conn:
        rows = conn.execute(statement, {"marina": marina_id, "start": start, "end": end})
        return [dict(r._mapping) for r in rows]
