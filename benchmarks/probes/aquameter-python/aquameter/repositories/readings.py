"""Meter readings and consumption queries."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text
from sqlalchemy.orm import Session

from aquameter.tables import meter_readings, meters


def meter_ids_by_serial(session: Session, serials: Iterable[str]) -> dict[str, int]:
    stmt = select(meters.c.serial, meters.c.id).where(meters.c.serial.in_(list(serials)))
    return {row.serial: row.id for row in session.execute(stmt)}


def insert_readings(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    if not rows:
        return 0
    session.execute(insert(meter_readings), list(rows))
    return len(rows)


def consumption_between(conn: Connection, meter_id: int, start: datetime, end: datetime) -> list[Any]:
    return conn.exec_driver_sql("SELECT date_trunc('day', read_at) AS day, max(register_m3) - min(register_m3) AS used_m3 FROM meter_readings WHERE meter_id = %(meter_id)s AND read_at BETWEEN %(start)s AND %(end)s GROUP BY 1 ORDER BY 1", {"meter_id": meter_id, "start": start, "end": end}).mappings().all()  # SAFE sqli


def recent_flow_for_serials(session: Session, serials: Sequence[str], hours: int = 72) -> list[Any]:
    stmt = text(
        "SELECT m.id AS meter_id, m.serial, m.account_id, r.read_at, r.register_m3 "
        "FROM meters m JOIN meter_readings r ON r.meter_id = m.id "
        "WHERE m.serial IN :serials AND r.read_at >= now() - make_interval(hours => :hours) "
        "ORDER BY m.serial, r.read_at"
    ).bindparams(bindparam("serials", expanding=True))
    return session.execute(stmt, {"serials": list(serials), "hours": hours}).mappings().all()  # SAFE sqli


def meter_by_serial(session: Session, serial: str) -> Any | None:
    stmt = select(meters).where(meters.c.serial == serial)
    return session.execute(stmt).mappings().first()
