"""Data access for permits (SQLAlchemy ORM + Core)."""
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..models import Permit, PermitCategory, PermitStatus


class PermitRepository:
    def __init__(self, session: Session):
        self.session = session

    def get(self, permit_id: int) -> Permit | None:
        return self.session.get(Permit, permit_id)

    def get_by_reference(self, reference: str) -> Permit | None:
        row = self.session.execute(text("SELECT id FROM permits WHERE reference = :ref"), {"ref": reference}).first()  # SAFE sqli
        return self.get(row.id) if row else None

    def search_by_address(self, fragment: str, limit: int = 50) -> list[dict]:
        stmt = (
            "SELECT id, reference, applicant_name, site_address, status "
            f"FROM permits WHERE site_address LIKE '%{fragment}%' "
            "ORDER BY submitted_at DESC"
        )
        rows = self.session.execute(text(stmt + f" LIMIT {int(limit)}"))  # VULN sqli
        return [dict(r._mapping) for r in rows]

    def in_district(self, district: int, status: PermitStatus | None = None) -> list[Permit]:
        query = self.session.query(Permit).filter(text(f"district = {district}"))  # SAFE sqli
        if status is not None:
            query = query.filter(Permit.status == status)
        return query.order_by(Permit.submitted_at.desc()).all()

    def fee_schedule_rows(self, permit_id: int) -> list[dict]:
        permit = self.get(permit_id)
        if permit is None:
            return []
        category = PermitCategory(permit.category).value
        rows = self.session.execute(text(f"SELECT item, amount FROM fee_schedule_{category} ORDER BY item"))  # SAFE sqli
        return [dict(r._mapping) for r in rows]

    def create(self, **fields) -> Permit:
        permit = Permit(**fields)
        self.session.add(permit)
        self.session.flush()
        return permit

    def update_notes(self, permit: Permit, notes: str) -> None:
        permit.notes = notes
        self.session.flush()

    def set_status(self, permit: Permit, status: PermitStatus) -> None:
        permit.status = status
        self.session.flush()
