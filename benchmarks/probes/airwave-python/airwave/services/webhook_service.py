"""Outbound notifications: partner webhooks and partner schedule pulls."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import asdict
from typing import Any

import aiohttp

from airwave.dto import WebhookEvent
from airwave.security.urls import relay_target

log = logging.getLogger(__name__)

PARTNER_STATIONS = {
    "kpfa": "https://kpfa.org/api/v1",
    "ckut": "https://ckut.ca/schedule-api",
    "resonance": "https://www.resonancefm.com/api",
}

TIMEOUT = aiohttp.ClientTimeout(total=10)


class WebhookRejected(ValueError):
    pass


def _signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def deliver(hook: dict[str, Any], event: WebhookEvent) -> int:
    target = hook["target_url"]
    if not relay_target(target):
        raise WebhookRejected(target)
    body = json.dumps(asdict(event)).encode()
    headers = {"Content-Type": "application/json", "X-Airwave-Signature": _signature(hook["secret"], body)}
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.post(target, data=body, headers=headers) as resp:  # VULN ssrf
            log.info("webhook %s -> %s", hook["id"], resp.status)
            return resp.status


async def partner_schedule(station_code: str) -> dict[str, Any]:
    base = PARTNER_STATIONS.get(station_code.lower())
    if base is None:
        raise WebhookRejected(station_code)
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.get(f"{base}/schedule.json") as resp:  # SAFE ssrf
            resp.raise_for_status()
            return await resp.json()
