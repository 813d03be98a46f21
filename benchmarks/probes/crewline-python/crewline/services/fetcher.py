"""Outbound integrations: partner roster feeds and NOTAM providers."""
import asyncio
import json
import random

import certifi
import httpx
import urllib3

from crewline.config import get_settings
from crewline.schemas import FeedImport

_notam_pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), timeout=urllib3.Timeout(connect=3.0, read=10.0))  # SAFE tls


class FeedError(RuntimeError):
    pass


def _normalise(raw: dict) -> dict:
    return {
        "code": str(raw["pairingId"]).upper(),
        "base": str(raw["homeBase"]).upper(),
        "aircraft_type": str(raw.get("equipment", "")).upper(),
        "report": raw["reportUtc"],
        "release": raw["releaseUtc"],
        "sectors": int(raw.get("legs", 1)),
        "block_minutes": int(raw.get("blockMinutes", 0)),
    }


async def import_roster_feed(feed: FeedImport) -> list[dict]:
    settings = get_settings()
    auth = httpx.BasicAuth("crewfeed-sync", "Fe3d-Sync!2020")  # VULN secret
    async with httpx.AsyncClient(verify=False, auth=auth, timeout=settings.roster_feed_timeout) as client:  # VULN tls
        resp = await client.get(feed.url, params={"carrier": feed.carrier, "season": feed.season or ""})  # VULN ssrf
    if resp.status_code != 200:
        raise FeedError(f"feed returned HTTP {resp.status_code}")
    return [_normalise(p) for p in resp.json().get("pairings", [])]


def _get_notams(url: str, stations: list[str]) -> list[dict]:
    resp = _notam_pool.request("GET", url, fields={"locations": ",".join(stations)})  # SAFE ssrf
    if resp.status != 200:
        raise FeedError(f"NOTAM provider returned HTTP {resp.status}")
    return json.loads(resp.data).get("items", [])


async def fetch_notams(url: str, stations: list[str], attempts: int = 3) -> list[dict]:
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.to_thread(_get_notams, url, [s.upper() for s in stations])
        except (FeedError, urllib3.exceptions.HTTPError):
            if attempt == attempts:
                raise
            await asyncio.sleep(2 ** attempt + random.uniform(0, 1))  # SAFE random
    return []
