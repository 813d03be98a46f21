"""MongoDB access for station operations data."""
from datetime import datetime, timezone

from motor.motor_asyncio import AsyncIOMotorDatabase
from pymongo import ReturnDocument


async def crew_on_station(db: AsyncIOMotorDatabase, station: str) -> list[dict]:
    cursor = db["crew_positions"].find({"station": station, "on_duty": True}, {"_id": 0}).sort("report_utc", 1)  # SAFE nosqli
    return [doc async for doc in cursor]


async def late_reports(db: AsyncIOMotorDatabase, station: str, remark: str) -> list[dict]:
    cursor = db["late_reports"].find({"$where": f"this.station == '{station}' && this.remark.indexOf('{remark}') >= 0"}, {"_id": 0}).limit(100)  # VULN nosqli
    return [doc async for doc in cursor]


async def save_notice(db: AsyncIOMotorDatabase, station: str, author: str, message: str) -> int:
    counter = await db["counters"].find_one_and_update(
        {"_id": "notice"}, {"$inc": {"seq": 1}}, upsert=True, return_document=ReturnDocument.AFTER
    )
    notice_id = int(counter["seq"])
    doc = {"notice_id": notice_id, "station": station, "author": author, "message": message, "acks": []}
    await db["notices"].insert_one({**doc, "posted_at": datetime.now(timezone.utc)})
    return notice_id
