from django.conf import settings
from pymongo import DESCENDING, MongoClient

_client = None


def _database():
    global _client
    if _client is None:
        _client = MongoClient(settings.MONGO_URI, tz_aware=True)
    return _client[settings.MONGO_DB_NAME]


class HistoryStore:
    """Append-only medical history events (vaccinations, weights, procedures)."""

    def __init__(self):
        self.events = _database()["history_events"]

    def record(self, clinic_code, patient_id, kind, payload, tags=()):
        document = {
            "clinic_code": clinic_code,
            "patient_id": patient_id,
            "kind": kind,
            "payload": payload,
            "tags": list(tags),
        }
        self.events.insert_one(document)
        return document

    def search(self, clinic_code, criteria, limit=100):
        query = {"clinic_code": clinic_code, **criteria}
        cursor = self.events.find(query, {"_id": 0}).sort("occurred_at", DESCENDING).limit(limit)  # VULN nosqli
        return list(cursor)

    def tagged(self, clinic_code, tag):
        predicate = f"function() {{ return this.tags && this.tags.indexOf('{tag}') !== -1; }}"
        return list(self.events.find({"clinic_code": clinic_code, "$where": predicate}, {"_id": 0}).limit(200))  # VULN nosqli

    def for_microchip(self, clinic_code, microchip):
        return list(self.events.find({"clinic_code": clinic_code, "payload.microchip": str(microchip)}, {"_id": 0}).limit(200))  # SAFE nosqli
