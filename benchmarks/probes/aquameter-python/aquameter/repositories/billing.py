"""Billing exports, invoices and rate plans."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from aquameter.tables import billing_exports, invoices, rate_plans


class BillingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create_export(
        self,
        export_id: UUID,
        *,
        district: str,
        period: Any,
        archive_name: str,
        callback_url: str | None,
        requested_by: str,
    ) -> None:
        self.session.execute(
            insert(billing_exports).values(
                id=export_id,
                district=district,
                period=period,
                archive_name=archive_name,
                callback_url=callback_url,
                requested_by=requested_by,
            )
        )

    def get_export(self, export_id: UUID) -> Any | None:
        return self.session.execute(select(billing_exports).where(billing_exports.c.id == export_id)).mappings().first()

    def mark_export(self, export_id: UUID, status: str, file_name: str | None = None) -> None:
        values: dict[str, Any] = {"status": status}
        if file_name is not None:
            values["file_name"] = file_name
        if status in ("done", "failed"):
            values["completed_at"] = datetime.now(tz=UTC)
        self.session.execute(update(billing_exports).where(billing_exports.c.id == export_id).values(**values))

    def invoice_by_number(self, number: str) -> Any | None:
        return self.session.execute(select(invoices).where(invoices.c.number == number)).mappings().first()

    def rate_plan(self, code: str) -> Any | None:
        return self.session.execute(select(rate_plans).where(rate_plans.c.code == code)).mappings().first()

    def upsert_rate_plan(self, values: dict[str, Any]) -> None:
        stmt = pg_insert(rate_plans).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[rate_plans.c.code], set_={k: stmt.excluded[k] for k in values if k != "code"})
        self.session.execute(stmt)


def invoice_rows_for_export(conn: Connection, export: Any) -> list[Any]:
    """Rows written to the finance CSV; runs on the worker's raw connection for speed."""
    return conn.exec_driver_sql(f"SELECT a.account_number, a.holder_name, a.service_address, i.number, i.usage_m3, i.amount_cents, i.status FROM invoices i JOIN accounts a ON a.id = i.account_id WHERE i.period = %(period)s AND a.district_code = '{export['district']}' ORDER BY a.account_number", {"period": export["period"]}).mappings().all()  # VULN sqli
