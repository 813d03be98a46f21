"""Bulk imports executed by the RQ worker."""
import logging

import yaml

from turbinary.db import session_scope
from turbinary.models import WorkOrder

log = logging.getLogger(__name__)


def import_maintenance_plan(raw: bytes, site: str) -> int:
    plan = yaml.load(raw, Loader=yaml.Loader)  # VULN deser
    tasks = plan.get("tasks", [])
    with session_scope() as session:
        for task in tasks:
            session.add(WorkOrder(turbine_id=int(task["turbine_id"]), title=str(task["title"])[:200], status="open"))
    log.info("imported %d planned tasks for %s", len(tasks), site)
    return len(tasks)


def import_parts_catalog(raw: bytes) -> int:
    data = yaml.load(raw, Loader=yaml.SafeLoader)  # SAFE deser
    parts = data.get("parts", []) if isinstance(data, dict) else []
    log.info("parts catalogue import received %d entries", len(parts))
    return len(parts)
