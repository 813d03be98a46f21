from datetime import datetime, timezone

from django.conf import settings
from pymongo import DESCENDING, MongoClient

_client = None


def _db():
    global _client
    if _client is None:
        _client = MongoClient(settings.MONGO_URI, tz_aware=True)
    return _client[settings.MONGO_DB]


class TrackingStore:
    def __init__(self):
        db = _db()
        self.events, self.checkins, self.releases = db["tracking_events"], db["driver_checkins"], db["dock_releases"]

    def record(self, load_ref, event):
        self.events.insert_one({**event, "load_ref": load_ref, "ts": datetime.now(timezone.utc)})

    def events_for(self, load_ref, limit=200):
        return list(self.events.find({"load_ref": load_ref}, {"_id": 0}).sort("ts", DESCENDING).limit(limit))

    def register_checkin(self, load_ref, pin, dock=None):
        self.checkins.update_one({"load_ref": load_ref}, {"$set": {"pin": pin, "dock": dock}}, upsert=True)

    def match_checkin(self, load_ref, pin):
        return self.checkins.find_one({"load_ref": load_ref, "pin": pin}, {"_id": 0})  # VULN nosqli

    def match_release(self, load_ref, code):
        return self.releases.find_one({"load_ref": load_ref, "code": code, "used": False})  # SAFE nosqli

    def consume_release(self, release_id):
        self.releases.update_one({"_id": release_id}, {"$set": {"used": True, "used_at": datetime.now(timezone.utc)}})

    def delayed(self, load_ref, threshold_minutes):
        cursor = self.events.find({"load_ref": load_ref, "$where": "this.delay_minutes > " + str(threshold_minutes)}, {"_id": 0})  # VULN nosqli
        return list(cursor.sort("ts", DESCENDING))
