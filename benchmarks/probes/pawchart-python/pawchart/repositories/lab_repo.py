"""Lab results and raw lab reports, stored in MongoDB (Motor)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from bson import ObjectId
from bson.errors import InvalidId
from motor.motor_asyncio import AsyncIOMotorDatabase
from pymongo import ASCENDING, DESCENDING


def _clean(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    if doc is None:
        return None
    doc = dict(doc)
    doc["id"] = str(doc.pop("_id"))
    doc.pop("verification_code", None)
    return doc


class LabRepository:
    def __init__(self, db: AsyncIOMotorDatabase) -> None:
        self.results = db["lab_results"]
        self.reports = db["lab_reports"]

    async def ensure_indexes(self) -> None:
        await self.results.create_index([("clinic_id", ASCENDING), ("pet_id", ASCENDING)])
        await self.results.create_index([("accession_no", ASCENDING)], unique=False)
        await self.reports.create_index([("clinic_id", ASCENDING), ("received_at", DESCENDING)])

    async def insert_results(self, docs: list[dict[str, Any]]) -> int:
        if not docs:
            return 0
        outcome = await self.results.insert_many(docs)
        return len(outcome.inserted_ids)

    async def save_report(self, clinic_id: int, xml_text: str, source: str) -> str:
        outcome = await self.reports.insert_one(
            {
                "clinic_id": clinic_id,
                "xml": xml_text,
                "source": source,
                "received_at": datetime.now(timezone.utc),
            }
        )
        return str(outcome.inserted_id)

    async def get_report(self, clinic_id: int, report_id: str) -> dict[str, Any] | None:
        try:
            oid = ObjectId(report_id)
        except InvalidId:
            return None
        return await self.reports.find_one({"_id": oid, "clinic_id": clinic_id})

    async def for_pet(self, clinic_id: int, pet_id: int, limit: int = 50) -> list[dict[str, Any]]:
        cursor = self.results.find({"clinic_id": clinic_id, "pet_id": pet_id})  # SAFE nosqli
        docs = await cursor.sort("collected_at", DESCENDING).limit(limit).to_list(length=limit)
        return [_clean(d) for d in docs]

    async def for_pet_panel(
        self, clinic_id: int, pet_id: int, panel_prefix: str, limit: int = 50
    ) -> list[dict[str, Any]]:
        # panel codes are versioned (CBC, CBC2, CBC-EXT); match on the prefix
        query = {
            "clinic_id": clinic_id,
            "pet_id": pet_id,
            "$where": f"this.panel_code && this.panel_code.startsWith('{panel_prefix}')",
        }
        cursor = self.results.find(query)  # VULN nosqli
        docs = await cursor.sort("collected_at", DESCENDING).limit(limit).to_list(length=limit)
        return [_clean(d) for d in docs]

    async def by_accession(self, clinic_id: int, accession_no: str) -> dict[str, Any] | None:
        doc = await self.results.find_one({"clinic_id": clinic_id, "accession_no": accession_no})  # SAFE nosqli
        return _clean(doc)

    async def by_verified_accession(self, accession_no: Any, verification_code: Any) -> dict[str, Any] | None:
        doc = await self.results.find_one({"accession_no": accession_no, "verification_code": verification_code})  # VULN nosqli
        return _clean(doc)
