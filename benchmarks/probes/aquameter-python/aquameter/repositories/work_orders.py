"""Field-crew work orders and their attachments."""
from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from aquameter.tables import work_order_attachments, work_orders


class WorkOrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create(self, *, meter_id: int | None, account_id: int | None, kind: str, priority: int, summary: str, crew_code: str | None) -> int:
        result = self.session.execute(
            insert(work_orders)
            .values(meter_id=meter_id, account_id=account_id, kind=kind, priority=priority, summary=summary, crew_code=crew_code)
            .returning(work_orders.c.id)
        )
        return int(result.scalar_one())

    def get(self, work_order_id: int) -> Any | None:
        return self.session.execute(select(work_orders).where(work_orders.c.id == work_order_id)).mappings().first()

    def open_for_crew(self, crew_code: str, limit: int) -> list[Any]:
        return self.session.execute(text(f"SELECT w.id, w.kind, w.priority, w.status, w.crew_code, w.assigned_employee, w.summary, w.crew_notes, w.created_at FROM work_orders w WHERE w.crew_code = :crew AND w.status IN ('open', 'dispatched') ORDER BY w.priority, w.created_at LIMIT {int(limit)}"), {"crew": crew_code}).mappings().all()  # SAFE sqli

    def set_notes(self, work_order_id: int, notes: str) -> None:
        self.session.execute(update(work_orders).where(work_orders.c.id == work_order_id).values(crew_notes=notes))

    def assign(self, work_order_id: int, employee_id: str, crew_code: str) -> None:
        self.session.execute(
            update(work_orders)
            .where(work_orders.c.id == work_order_id)
            .values(assigned_employee=employee_id, crew_code=crew_code, status="dispatched")
        )

    def close(self, work_order_id: int) -> None:
        self.session.execute(
            update(work_orders).where(work_orders.c.id == work_order_id).values(status="closed", closed_at=text("now()"))
        )

    def add_attachment(self, work_order_id: int, *, original_name: str, stored_name: str, content_type: str | None, size_bytes: int, uploaded_by: str) -> int:
        result = self.session.execute(
            insert(work_order_attachments)
            .values(
                work_order_id=work_order_id,
                original_name=original_name,
                stored_name=stored_name,
                content_type=content_type,
                size_bytes=size_bytes,
                uploaded_by=uploaded_by,
            )
            .returning(work_order_attachments.c.id)
        )
        return int(result.scalar_one())

    def get_attachment(self, work_order_id: int, attachment_id: int) -> Any | None:
        stmt = select(work_order_attachments).where(
            work_order_attachments.c.work_order_id == work_order_id,
            work_order_attachments.c.id == attachment_id,
        )
        return self.session.execute(stmt).mappings().first()
