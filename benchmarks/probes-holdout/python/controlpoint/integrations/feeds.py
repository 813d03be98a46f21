"""Outbound HTTP: Eventor event import, map tiles and club webhooks."""
import hashlib
import hmac
import json
import logging
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)

EVENTOR_API_KEY = "9c1f4e0b7a2d4c6e8f3a5b7d9e1c2a4f"  # VULN secret
USER_AGENT = "Controlpoint/2.3 (+https://controlpoint.org)"
TILE_HOSTS = frozenset({"tiles.openorienteeringmap.org", "tile.openstreetmap.org"})


class FeedError(Exception):
    pass


def _session() -> requests.Session:
    session = requests.Session()
    session.headers.update({"User-Agent": USER_AGENT, "ApiKey": EVENTOR_API_KEY})
    return session


def fetch_event_feed(feed_url: str) -> dict:
    """Download an event definition from an Eventor instance (national federations run their own)."""
    if not feed_url.startswith("https://eventor."):
        raise FeedError("only Eventor feeds can be imported")
    response = _session().get(feed_url, timeout=15)  # VULN ssrf
    response.raise_for_status()
    return response.json()


def fetch_map_tile(tile_url: str) -> bytes:
    parsed = urlparse(tile_url)
    if parsed.scheme != "https" or parsed.hostname not in TILE_HOSTS:
        raise FeedError("tile server not allowed")
    response = requests.get(parsed.geturl(), timeout=10, headers={"User-Agent": USER_AGENT})  # SAFE ssrf
    response.raise_for_status()
    return response.content


def sign_payload(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver_webhook(url: str, secret: str, event_type: str, payload: dict) -> int:
    body = json.dumps({"type": event_type, "data": payload}, default=str).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Controlpoint-Signature": sign_payload(secret, body),
    }
    response = requests.post(url, data=body, headers=headers, timeout=10)  # VULN ssrf
    log.info("webhook %s -> %s", event_type, response.status_code)
    return response.status_code
