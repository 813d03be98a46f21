"""Work order use cases."""
import re
from typing import Mapping

from sqlalchemy.orm import Session

from turbinary.domain import WorkOrderStatus
from turbinary.models import WorkOrder
from turbinary.repositories.work_order_repo import WorkOrderCriteria, WorkOrderRepository

_DIRECTION = re.compile(r"^(asc|desc)$", re.IGNORECASE)


def build_criteria(params: Mapping[str, str]) -> WorkOrderCriteria:
    sort = params.get("sort", "created_at")
    direction = params.get("dir", "desc")
    if not _DIRECTION.match(direction):
        raise ValueError("dir must be asc or desc")
    status = params.get("status")
    if status and status not in {s.value for s in WorkOrderStatus}:
        raise ValueError("unknown status")
    return WorkOrderCriteria(
        turbine_id=int(params["turbine_id"]) if params.get("turbine_id") else None,
        status=status,
        sort=sort,
        direction=direction,
        page=int(params.get("page", 1)),
        per_page=min(int(params.get("per_page", 25)), 100),
    )


def search_work_orders(session: Session, params: Mapping[str, str]) -> list[WorkOrder]:
    return WorkOrderRepository(session).search(build_criteria(params))

