"""Ticket orders: persistence via SQLModel sessions."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Optional, Sequence

from sqlalchemy import text
from sqlmodel import Session, select

from millrace.dto import TicketSearch
from millrace.models import TicketOrder, TicketType, Visitor

PAGE_SIZE = 50

SORT_COLUMNS = {
    "created": "o.created_at DESC",
    "date": "o.visit_date",
    "total": "o.total DESC",
    "reference": "o.reference",
}


class BookingRepository:
    def __init__(self, session: Session):
        self.session = session

    def ticket_types(self) -> Sequence[TicketType]:
        return self.session.exec(select(TicketType).where(TicketType.active == True)).all()  # noqa: E712

    def ticket_type(self, code: str) -> Optional[TicketType]:
        return self.session.exec(select(TicketType).where(TicketType.code == code)).first()

    def add_order(self, order: TicketOrder) -> TicketOrder:
        self.session.add(order)
        self.session.flush()
        self.session.refresh(order)
        return order

    def by_reference(self, reference: str) -> Optional[TicketOrder]:
        return self.session.exec(select(TicketOrder).where(TicketOrder.reference == reference)).first()

    def capacity_used(self, visit_date: date) -> int:
        row = self.session.execute(
            text("SELECT COALESCE(SUM(adults + children + concessions), 0) FROM ticket_order WHERE visit_date = :d AND status <> 'cancelled'"),
            {"d": visit_date},
        ).first()
        return int(row[0]) if row else 0

    def search(self, criteria: TicketSearch) -> list[dict]:
        clauses = ["1 = 1"]
        params: dict = {"limit": PAGE_SIZE, "offset": (criteria.page - 1) * PAGE_SIZE}
        if criteria.visit_date:
            clauses.append("o.visit_date = :visit_date")
            params["visit_date"] = criteria.visit_date
        if criteria.status:
            clauses.append("o.status = :status")
            params["status"] = criteria.status
        order_by = SORT_COLUMNS.get(criteria.sort, criteria.sort)
        statement = (
            "SELECT o.reference, o.visit_date, o.total, o.status, v.full_name "
            "FROM ticket_order o LEFT JOIN visitor v ON v.id = o.visitor_id "
            f"WHERE {' AND '.join(clauses)} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
        )
        rows = self.session.execute(text(statement), params)  # VULN sqli
        return [dict(r._mapping) for r in rows]

    def by_surname(self, surname: str) -> list[dict]:
        pattern = "%" + surname.replace("%", r"\%").replace("_", r"\_") + "%"
        rows = self.session.execute(text("SELECT o.reference, o.visit_date, v.full_name FROM ticket_order o JOIN visitor v ON v.id = o.visitor_id WHERE v.full_name ILIKE :pattern ORDER BY o.visit_date DESC"), {"pattern": pattern})  # SAFE sqli
        return [dict(r._mapping) for r in rows]

    def set_status(self, reference: str, status: str) -> None:
        order = self.by_reference(reference)
        if order is not None:
            order.status = status
            self.session.add(order)

    def visitor_by_email(self, email: str) -> Optional[Visitor]:
        return self.session.exec(select(Visitor).where(Visitor.email == email.lower())).first()

    def add_visitor(self, visitor: Visitor) -> Visitor:
        self.session.add(visitor)
        self.session.flush()
        return visitor

    def revenue_for(self, visit_date: date) -> Decimal:
        row = self.session.execute(
            text("SELECT COALESCE(SUM(total), 0) FROM ticket_order WHERE visit_date = :d AND status = 'paid'"),
            {"d": visit_date},
        ).first()
        return Decimal(row[0]) if row else Decimal("0")
