"""Crew activity / audit trail stored in MongoDB (motor)."""
from datetime import datetime, timezone
from typing import Any

from motor.motor_asyncio import AsyncIOMotorDatabase


def _clean(doc: dict) -> dict:
    doc["id"] = str(doc.pop("_id"))
    return doc


async def record(db: AsyncIOMotorDatabase, crew_id: int, action: str, detail: dict[str, Any]) -> None:
    await db["crew_activity"].insert_one(
        {"crew_id": crew_id, "action": action, "detail": detail, "at": datetime.now(timezone.utc)}
    )


async def find_activity(db: AsyncIOMotorDatabase, crew_id: int, criteria: dict[str, Any], limit: int) -> list[dict]:
    query = {"crew_id": crew_id, **criteria}
    cursor = db["crew_activity"].find(query).sort("at", -1).limit(limit)  # VULN nosqli
    return [_clean(doc) async for doc in cursor]
