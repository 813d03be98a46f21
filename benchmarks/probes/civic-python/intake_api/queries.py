"""Query builder for the intake listing endpoint."""
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Query

from civic_ledger.models import Permit


@dataclass
class ListingFilter:
    clauses: dict = field(default_factory=dict)
    district: int | None = None
    page: int = 1
    page_size: int = 25

    def where(self, column: str, value: str) -> "ListingFilter":
        self.clauses[column] = value
        return self


def apply(query: Query, flt: ListingFilter) -> Query:
    for column, value in flt.clauses.items():
        query = query.filter(text(f"{column} = '{value}'"))  # VULN sqli
    if flt.district is not None:
        query = query.filter(Permit.district == flt.district)
    offset = (max(flt.page, 1) - 1) * flt.page_size
    return query.order_by(Permit.submitted_at.desc()).offset(offset).limit(flt.page_size)
