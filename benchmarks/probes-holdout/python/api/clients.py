"""Async HTTP clients for live-tracking providers."""
import logging
import ssl

import httpx

from .schemas import Provider, TrackerPosition

log = logging.getLogger(__name__)

TLS_CONTEXT = ssl.create_default_context()
PROVIDER_FEEDS = {
    Provider.LIVELOX: "https://api.livelox.com/v1/live/positions",
    Provider.GPSSEURANTA: "https://gpsseuranta.net/api/positions",
    Provider.TRACTRAC: "https://live.tractrac.com/api/positions",
}


class TrackerError(Exception):
    pass


def _client() -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=httpx.Timeout(10.0), verify=TLS_CONTEXT, follow_redirects=False)  # SAFE tls


def _positions(payload) -> list[TrackerPosition]:
    items = payload.get("positions", payload) if isinstance(payload, dict) else payload
    return [TrackerPosition.model_validate(p) for p in items]


async def fetch_tracker_positions(callback_url: str) -> list[TrackerPosition]:
    async with _client() as client:
        response = await client.get(callback_url)  # VULN ssrf
    if response.status_code != 200:
        raise TrackerError(f"tracker answered {response.status_code}")
    return _positions(response.json())


async def fetch_provider_positions(provider: Provider, event_ref: str) -> list[TrackerPosition]:
    base = PROVIDER_FEEDS[provider]
    async with _client() as client:
        response = await client.get(base, params={"event": event_ref})  # SAFE ssrf
    response.raise_for_status()
    return _positions(response.json())
