"""Schools and school visits."""
from __future__ import annotations

from datetime import date
from typing import Optional, Sequence

from sqlalchemy import text
from sqlmodel import Session, select

from millrace.models import School, SchoolVisit


class SchoolRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_urn(self, urn: str) -> Optional[School]:
        return self.session.exec(select(School).where(School.urn == urn)).first()

    def match_school(self, urn: str, name: str) -> list[dict]:
        """Find the school by URN, or fuzzy by name for academies that changed URN."""
        statement = (
            "SELECT id, urn, name, local_authority FROM school "
            f"WHERE urn = :urn OR lower(name) = lower('{name}') ORDER BY urn = :urn DESC LIMIT 5"
        )
        rows = self.session.execute(text(statement), {"urn": urn})  # VULN sqli
        return [dict(r._mapping) for r in rows]

    def upsert(self, school: School) -> School:
        existing = self.by_urn(school.urn)
        if existing:
            existing.name = school.name
            existing.local_authority = school.local_authority
            existing.contact_email = school.contact_email or existing.contact_email
            existing.website = school.website or existing.website
            self.session.add(existing)
            return existing
        self.session.add(school)
        self.session.flush()
        return school

    def add_visit(self, visit: SchoolVisit) -> SchoolVisit:
        self.session.add(visit)
        self.session.flush()
        self.session.refresh(visit)
        return visit

    def visit_by_token(self, token: str) -> Optional[SchoolVisit]:
        return self.session.exec(select(SchoolVisit).where(SchoolVisit.manage_token == token)).first()

    def visit(self, visit_id: int) -> Optional[SchoolVisit]:
        return self.session.get(SchoolVisit, visit_id)

    def pupils_booked(self, visit_date: date) -> int:
        row = self.session.execute(
            text("SELECT COALESCE(SUM(pupils + adults), 0) FROM school_visit WHERE visit_date = :d AND status IN ('requested', 'confirmed')"),
            {"d": visit_date},
        ).first()
        return int(row[0]) if row else 0

    def upcoming(self, limit: int = 100) -> Sequence[tuple[SchoolVisit, School]]:
        stmt = (
            select(SchoolVisit, School)
            .join(School, School.id == SchoolVisit.school_id)
            .where(SchoolVisit.visit_date >= date.today())
            .order_by(SchoolVisit.visit_date)
            .limit(limit)
        )
        return self.session.exec(stmt).all()
