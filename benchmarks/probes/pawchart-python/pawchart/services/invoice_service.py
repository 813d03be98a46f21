"""Invoicing."""
from __future__ import annotations

import hashlib
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pawchart.models.orm import Clinic, Invoice, InvoiceLine, InvoiceStatus, Owner
from pawchart.models.schemas import InvoiceCreate
from pawchart.repositories.invoice_repo import InvoiceRepository
from pawchart.services.webhook_service import WebhookService


class InvoiceNotFound(LookupError):
    pass


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class InvoiceService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.repo = InvoiceRepository(session)

    def search_by_reference(self, clinic_id: int, reference: str, limit: int) -> list[dict]:
        term = _like_escape(reference.strip())
        return self.repo.search_reference(clinic_id, term, limit)

    def get(self, clinic_id: int, invoice_id: int) -> Invoice:
        invoice = self.repo.get(clinic_id, invoice_id)
        if invoice is None:
            raise InvoiceNotFound(invoice_id)
        return invoice

    def get_by_number(self, clinic_id: int, number: str) -> Invoice:
        invoice = self.repo.get_by_number(clinic_id, number.strip().upper())
        if invoice is None:
            raise InvoiceNotFound(number)
        return invoice

    def clinic(self, clinic_id: int) -> Clinic:
        clinic = self.session.get(Clinic, clinic_id)
        if clinic is None:
            raise InvoiceNotFound(f"clinic {clinic_id}")
        return clinic

    def create(self, clinic_id: int, body: InvoiceCreate) -> Invoice:
        owner = self.session.scalars(
            select(Owner).where(Owner.clinic_id == clinic_id, Owner.id == body.owner_id)
        ).first()
        if owner is None:
            raise InvoiceNotFound(f"owner {body.owner_id}")
        clinic = self.clinic(clinic_id)
        today = date.today()
        invoice = Invoice(
            clinic_id=clinic_id,
            owner_id=owner.id,
            number=self.repo.next_number(clinic.code, today),
            reference=body.reference,
            issued_on=today,
            due_on=today + timedelta(days=body.due_in_days),
            status=InvoiceStatus.ISSUED,
            notes=body.notes,
        )
        total = Decimal("0.00")
        for item in body.lines:
            line = InvoiceLine(description=item.description, quantity=item.quantity, unit_price=item.unit_price)
            invoice.lines.append(line)
            total += (item.quantity * item.unit_price).quantize(Decimal("0.01"))
        invoice.total = total
        self.repo.add(invoice)
        WebhookService(self.session).dispatch(
            clinic_id, "invoice.issued", {"invoice_id": invoice.id, "number": invoice.number, "total": str(total)}
        )
        return invoice

    @staticmethod
    def etag(invoice: Invoice) -> str:
        fingerprint = f"{invoice.id}:{invoice.status}:{invoice.total}:{invoice.updated_at.isoformat()}"
        return hashlib.md5(fingerprint.encode("utf-8"), usedforsecurity=False).hexdigest()  # SAFE hash
