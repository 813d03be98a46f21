"""Inspection search and summaries."""
from datetime import datetime
from functools import lru_cache

from turbinary.repositories.inspection_repo import InspectionRepository
from turbinary.utils.html import summary_block

SEARCHABLE_FIELDS = ("turbine_id", "inspector", "component", "severity", "campaign")


@lru_cache(maxsize=1)
def repo() -> InspectionRepository:
    return InspectionRepository()


def search_inspections(payload: dict) -> list[dict]:
    criteria = {field: payload[field] for field in SEARCHABLE_FIELDS if field in payload}
    if payload.get("since"):
        criteria["inspected_at"] = {"$gte": datetime.fromisoformat(payload["since"])}
    return repo().find_matching(criteria, limit=min(int(payload.get("limit", 100)), 500))


def turbine_summary(turbine_id: int) -> dict:
    docs = repo().for_turbine(turbine_id, limit=10)
    lines = [
        f"{finding.get('component', '?')}: {finding.get('description', '')}"
        for doc in docs
        for finding in doc.get("findings", [])
    ]
    return {
        "turbine_id": turbine_id,
        "inspections": len(docs),
        "last_inspected": docs[0]["inspected_at"] if docs else None,
        "summary_html": summary_block(lines),
    }
