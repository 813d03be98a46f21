"""Work order persistence."""
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from turbinary.models import WorkOrder


@dataclass
class WorkOrderCriteria:
    turbine_id: int | None = None
    status: str | None = None
    sort: str = "created_at"
    direction: str = "desc"
    page: int = 1
    per_page: int = 25


class WorkOrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, work_order_id: int) -> WorkOrder | None:
        return self.session.get(WorkOrder, work_order_id)

    def search(self, criteria: WorkOrderCriteria) -> list[WorkOrder]:
        stmt = select(WorkOrder)
        if criteria.turbine_id is not None:
            stmt = stmt.where(WorkOrder.turbine_id == criteria.turbine_id)
        if criteria.status:
            stmt = stmt.where(WorkOrder.status == criteria.status)
        stmt = stmt.order_by(text(f"{criteria.sort} {criteria.direction}"))  # VULN sqli
        offset = (max(criteria.page, 1) - 1) * criteria.per_page
        return list(self.session.scalars(stmt.offset(offset).limit(criteria.per_page)))
