"""Outbound HTTP: partner webhooks, partner feeds, image proxying, weather, agency sync."""
from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import quote

import aiohttp

from millrace.config import get_settings
from millrace.util.urls import partner_host_allowed, same_site

log = logging.getLogger(__name__)

TIMEOUT = aiohttp.ClientTimeout(total=15)
MAX_IMAGE_BYTES = 4 * 1024 * 1024
LEGACY_AGENCY_URL = "https://bookings.westcountry-coachtours.example/api/manifest"


class OutboundError(Exception):
    pass


async def deliver_webhook(callback_url: str, event: str, payload: dict[str, Any]) -> int:
    body = json.dumps({"event": event, "data": payload}, default=str)
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.post(callback_url, data=body, headers={"Content-Type": "application/json"}) as resp:  # VULN ssrf
            log.info("webhook %s -> %s: %s", event, callback_url, resp.status)
            return resp.status


async def fetch_newsletter_image(src: str) -> tuple[bytes, str]:
    if not same_site(src):
        raise OutboundError("images must come from the Millrace site")
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(src) as resp:  # VULN ssrf
            data = await resp.content.read(MAX_IMAGE_BYTES)
            return data, resp.headers.get("Content-Type", "application/octet-stream")


async def fetch_partner_logo(url: str) -> bytes:
    if not partner_host_allowed(url):
        raise OutboundError("logo host is not an approved partner host")
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(url, allow_redirects=False) as resp:  # SAFE ssrf
            resp.raise_for_status()
            return await resp.content.read(MAX_IMAGE_BYTES)


async def fetch_tour_feed(feed_url: str) -> str:
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(feed_url) as resp:  # VULN ssrf
            resp.raise_for_status()
            return await resp.text()


async def weather_outlook(postcode_district: str, days: int = 3) -> dict[str, Any]:
    settings = get_settings()
    url = f"{settings.weather_api}/forecast/{quote(postcode_district, safe='')}?days={int(days)}"
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(url) as resp:  # SAFE ssrf
            if resp.status != 200:
                return {}
            return await resp.json()


async def push_agency_manifest(manifest: dict[str, Any]) -> bool:
    """The coach-tour agency still runs a self-signed certificate on their booking box."""
    connector = aiohttp.TCPConnector(ssl=False)  # VULN tls
    async with aiohttp.ClientSession(connector=connector, timeout=TIMEOUT) as session:
        async with session.post(LEGACY_AGENCY_URL, json=manifest) as resp:
            return resp.status == 200
