"""Inspection documents stored in MongoDB."""
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import DESCENDING, MongoClient

from turbinary.config import settings


class InspectionRepository:
    def __init__(self) -> None:
        self.col = MongoClient(settings.mongo_url, tz_aware=True)["turbinary"]["inspections"]

    def add(self, doc: dict) -> str:
        return str(self.col.insert_one(doc).inserted_id)

    def for_turbine(self, turbine_id: int, limit: int = 20) -> list[dict]:
        return list(self.col.find({"turbine_id": turbine_id}, {"_id": 0}).sort("inspected_at", DESCENDING).limit(limit))

    def find_matching(self, criteria: dict, limit: int = 100) -> list[dict]:
        cursor = self.col.find(criteria, {"_id": 0})  # VULN nosqli
        return list(cursor.sort("inspected_at", DESCENDING).limit(limit))


class InspectionStatsRepository:
    """Async access used by the analytics API."""

    def __init__(self) -> None:
        self.col = AsyncIOMotorClient(settings.mongo_url, tz_aware=True)["turbinary"]["inspections"]

    async def erosion_outliers(self, min_score: float, limit: int = 100) -> list[dict]:
        cursor = self.col.find({"$where": f"this.blade.erosion_index >= {min_score:.3f}"}, {"_id": 0})  # SAFE nosqli
        return await cursor.sort("blade.erosion_index", DESCENDING).to_list(length=limit)
