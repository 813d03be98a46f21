"""Data access for invoices."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from pawchart.models.orm import Invoice


class InvoiceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, clinic_id: int, invoice_id: int) -> Invoice | None:
        stmt = (
            select(Invoice)
            .where(Invoice.clinic_id == clinic_id, Invoice.id == invoice_id)
            .options(selectinload(Invoice.lines), selectinload(Invoice.owner))
        )
        return self.session.scalars(stmt).first()

    def get_by_number(self, clinic_id: int, number: str) -> Invoice | None:
        stmt = (
            select(Invoice)
            .where(Invoice.clinic_id == clinic_id, Invoice.number == number)
            .options(selectinload(Invoice.lines))
        )
        return self.session.scalars(stmt).first()  # SAFE sqli

    def search_reference(self, clinic_id: int, term: str, limit: int) -> list[dict]:
        sql = (
            "SELECT i.id, i.number, i.reference, i.total, i.status FROM invoices i "
            f"WHERE i.clinic_id = :clinic AND i.reference ILIKE '%{term}%' "
            "ORDER BY i.issued_on DESC LIMIT :limit"
        )
        result = self.session.execute(text(sql), {"clinic": clinic_id, "limit": limit})  # VULN sqli
        return [dict(row) for row in result.mappings()]

    def next_number(self, clinic_code: str, issued_on: date) -> str:
        prefix = f"{clinic_code}-{issued_on:%y%m}-"
        stmt = select(func.count()).select_from(Invoice).where(Invoice.number.like(f"{prefix}%"))
        count = self.session.execute(stmt).scalar_one()
        return f"{prefix}{count + 1:05d}"

    def add(self, invoice: Invoice) -> Invoice:
        self.session.add(invoice)
        self.session.flush()
        return invoice
