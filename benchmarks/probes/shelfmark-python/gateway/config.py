"""Configuration for the public events gateway (aiohttp)."""
import os
from pathlib import Path

ATTACHMENT_ROOT = Path(os.environ.get("GATEWAY_ATTACHMENTS", "/srv/shelfmark/attachments")).resolve()
PG_DSN = os.environ.get("GATEWAY_PG_DSN", "postgresql://gateway@db.internal/shelfmark")
MONGO_URI = os.environ.get("GATEWAY_MONGO_URI", "mongodb://reviews.internal:27017")
GATEWAY_JWT_KEY = os.environ.get("GATEWAY_JWT_KEY", "")

PARTNER_ORIGINS = (
    "https://shelfmark.example.org",
    "https://kiosk.shelfmark.example.org",
)

PREVIEW_HOSTS = {"images.openlibrary.example.org", "covers.shelfmark.example.org"}

PARTNER_FEEDS = {
    "city": "events.citylibraries.example.net",
    "county": "calendar.countyarts.example.org",
}

EVENT_SORT_COLUMNS = {"starts_at", "title", "capacity", "branch_code"}
