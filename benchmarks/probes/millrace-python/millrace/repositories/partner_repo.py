"""Partner organisations (tour operators, the county tourism board)."""
from __future__ import annotations

from typing import Optional

from sqlmodel import Session, select

from millrace.models import Partner, SavedReport


class PartnerRepository:
    def __init__(self, session: Session):
        self.session = session

    def by_slug(self, slug: str) -> Optional[Partner]:
        return self.session.exec(select(Partner).where(Partner.slug == slug)).first()

    def by_client_id(self, client_id: str) -> Optional[Partner]:
        return self.session.exec(select(Partner).where(Partner.api_client_id == client_id)).first()

    def update_profile(self, partner: Partner, callback_url: Optional[str], logo_url: Optional[str]) -> Partner:
        if callback_url is not None:
            partner.callback_url = callback_url
        if logo_url is not None:
            partner.logo_url = logo_url
        self.session.add(partner)
        return partner


class SavedReportRepository:
    def __init__(self, session: Session):
        self.session = session

    def add(self, report: SavedReport) -> SavedReport:
        self.session.add(report)
        self.session.flush()
        self.session.refresh(report)
        return report

    def get(self, report_id: int) -> Optional[SavedReport]:
        return self.session.get(SavedReport, report_id)

    def for_owner(self, owner: str) -> list[SavedReport]:
        return list(self.session.exec(select(SavedReport).where(SavedReport.owner == owner)).all())
