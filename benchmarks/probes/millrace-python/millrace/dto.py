"""Plain data-transfer objects passed between routes, services and workers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Optional


@dataclass
class TicketRequest:
    visit_date: date
    adults: int
    children: int
    concessions: int
    voucher_code: Optional[str] = None
    email: Optional[str] = None

    @property
    def headcount(self) -> int:
        return self.adults + self.children + self.concessions


@dataclass
class TicketSearch:
    visit_date: Optional[date] = None
    status: Optional[str] = None
    surname: Optional[str] = None
    sort: str = "created"
    page: int = 1


@dataclass
class SchoolVisitRequest:
    school_urn: str
    school_name: str
    visit_date: date
    year_group: str
    pupils: int
    adults: int
    workshop: str
    teacher_name: str
    teacher_email: str
    access_notes: Optional[str] = None


@dataclass
class ReportSpec:
    title: str
    group_by: str
    date_from: date
    date_to: date
    extra_filter: Optional[str] = None
    owner: str = "system"

    def to_message(self) -> dict[str, Any]:
        data = asdict(self)
        data["date_from"] = self.date_from.isoformat()
        data["date_to"] = self.date_to.isoformat()
        return data

    @classmethod
    def from_message(cls, data: dict[str, Any]) -> "ReportSpec":
        return cls(
            title=data["title"],
            group_by=data["group_by"],
            date_from=date.fromisoformat(data["date_from"]),
            date_to=date.fromisoformat(data["date_to"]),
            extra_filter=data.get("extra_filter"),
            owner=data.get("owner", "system"),
        )


@dataclass
class DocumentJob:
    kind: str
    reference: str
    title: str
    paper: str = "A4"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PartnerEvent:
    partner_slug: str
    event: str
    payload: dict[str, Any]
    callback_url: Optional[str] = None
