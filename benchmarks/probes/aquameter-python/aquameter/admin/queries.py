"""SQL used only by the back-office console."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, text

from aquameter.tables import audit_log, work_orders


def accounts_by_meter_fragment(conn: Connection, fragment: str) -> list[Any]:
    return conn.execute(text("SELECT a.account_number, a.holder_name, a.service_address, m.serial, m.status FROM meters m JOIN accounts a ON a.id = m.account_id WHERE m.serial LIKE '%" + fragment + "%' ORDER BY m.serial LIMIT 50")).mappings().all()  # VULN sqli


def recent_audit(conn: Connection, actor: str, limit: int = 100) -> list[Any]:
    return conn.execute(select(audit_log).where(audit_log.c.actor == actor).order_by(audit_log.c.created_at.desc()).limit(limit)).mappings().all()  # SAFE sqli


def work_order(conn: Connection, work_order_id: int) -> Any | None:
    return conn.execute(select(work_orders).where(work_orders.c.id == work_order_id)).mappings().first()


def open_work_orders(conn: Connection, district: str | None = None) -> list[Any]:
    sql = (
        "SELECT w.id, w.kind, w.priority, w.status, w.crew_code, w.summary, a.district_code "
        "FROM work_orders w LEFT JOIN accounts a ON a.id = w.account_id "
        "WHERE w.status <> 'closed' AND (CAST(:district AS text) IS NULL OR a.district_code = :district) "
        "ORDER BY w.priority, w.created_at LIMIT 500"
    )
    return conn.execute(text(sql), {"district": district}).mappings().all()


def close_work_order(conn: Connection, work_order_id: int, actor: str) -> None:
    conn.execute(text("UPDATE work_orders SET status = 'closed', closed_at = now() WHERE id = :id"), {"id": work_order_id})
    conn.execute(text("INSERT INTO audit_log (actor, action, subject) VALUES (:actor, 'work_order.close', :subject)"), {"actor": actor, "subject": str(work_order_id)})
