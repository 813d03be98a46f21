"""Data access for turbines and their availability figures."""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from turbinary.models import Turbine


@dataclass
class TurbineQuery:
    site: str | None = None
    sort_column: str = "serial"
    descending: bool = False
    limit: int = 50


class TurbineRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, turbine_id: int) -> Turbine | None:
        return self.session.get(Turbine, turbine_id)

    def list(self, query: TurbineQuery) -> list[Turbine]:
        stmt = select(Turbine)
        if query.site:
            stmt = stmt.where(Turbine.site == query.site)
        direction = "DESC" if query.descending else "ASC"
        stmt = stmt.order_by(text(f"{query.sort_column} {direction}")).limit(query.limit)  # SAFE sqli
        return list(self.session.scalars(stmt))

    def availability(self, site: str, start: date, end: date) -> list[dict]:
        rows = self.session.execute(text(f"SELECT t.serial, SUM(s.available_minutes) AS up, SUM(s.period_minutes) AS total FROM turbines t JOIN availability_samples s ON s.turbine_id = t.id WHERE t.site = '{site}' AND s.sample_date BETWEEN :start AND :end GROUP BY t.serial ORDER BY t.serial"), {"start": start, "end": end})  # VULN sqli
        return [{"serial": r.serial, "up": int(r.up or 0), "total": int(r.total or 0)} for r in rows]
