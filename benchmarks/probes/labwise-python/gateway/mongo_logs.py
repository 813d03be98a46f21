"""Instrument event log stored in MongoDB (one document per event)."""
from datetime import datetime, timezone

from pymongo import DESCENDING, MongoClient

ALLOWED_LEVELS = {"DEBUG", "INFO", "WARN", "ERROR", "FATAL"}
PROJECTION = {"_id": 0}


class InstrumentLogStore:
    def __init__(self, client: MongoClient, db_name: str):
        self.collection = client[db_name]["events"]

    def ensure_indexes(self) -> None:
        self.collection.create_index([("instrument_id", 1), ("ts", DESCENDING)])
        self.collection.create_index("ts", expireAfterSeconds=180 * 24 * 3600)

    def record(self, instrument_id: str, level: str, message: str, payload: dict | None = None) -> None:
        self.collection.insert_one(
            {
                "instrument_id": instrument_id,
                "level": level if level in ALLOWED_LEVELS else "INFO",
                "message": message,
                "payload": payload or {},
                "ts": datetime.now(timezone.utc),
            }
        )

    def events(self, instrument_id, level: str | None = None, limit: int = 100) -> list[dict]:
        query = {"instrument_id": str(instrument_id)}
        if level is not None:
            if level not in ALLOWED_LEVELS:
                raise ValueError(f"unknown level {level!r}")
            query["level"] = level
        cursor = self.collection.find(query, PROJECTION).sort("ts", DESCENDING).limit(limit)  # SAFE nosqli
        return list(cursor)

    def search(self, instrument_id: str, criteria: dict, limit: int = 200) -> list[dict]:
        query = {"instrument_id": instrument_id}
        query.update(criteria)
        cursor = self.collection.find(query, PROJECTION).sort("ts", DESCENDING).limit(limit)  # VULN nosqli
        return list(cursor)

    def grep(self, instrument_id: str, text: str, limit: int = 200) -> list[dict]:
        predicate = f"this.instrument_id == '{instrument_id}' && this.message.indexOf('{text}') >= 0"
        cursor = self.collection.find({"$where": predicate}, PROJECTION).limit(limit)  # VULN nosqli
        return list(cursor)
