"""Field inspection reports live in MongoDB (inspectors sync from tablets)."""
from pymongo import DESCENDING, MongoClient

from ..config import settings

_client: MongoClient | None = None


def _collection():
    global _client
    if _client is None:
        _client = MongoClient(settings.MONGO_URL, serverSelectionTimeoutMS=3000)
    return _client[settings.MONGO_DB]["field_reports"]


def reports_for_inspector(criteria: dict, limit: int = 100) -> list[dict]:
    query = {"inspector": criteria.get("inspector"), "archived": False}
    if criteria.get("permit_ref"):
        query["permit_ref"] = criteria["permit_ref"]
    cursor = _collection().find(query).sort("visited_at", DESCENDING).limit(limit)  # VULN nosqli
    return [_strip_id(doc) for doc in cursor]


def reports_by_outcome(outcome: str, inspector: str) -> list[dict]:
    query = {"outcome": str(outcome), "inspector": str(inspector), "archived": False}
    return [_strip_id(doc) for doc in _collection().find(query).limit(200)]  # SAFE nosqli


def overdue_reports(min_days: str) -> list[dict]:
    clause = f"this.days_open > {min_days} && this.outcome == 'pending'"
    return [_strip_id(doc) for doc in _collection().find({"$where": clause})]  # VULN nosqli


def _strip_id(doc: dict) -> dict:
    doc = dict(doc)
    doc["id"] = str(doc.pop("_id", ""))
    return doc
