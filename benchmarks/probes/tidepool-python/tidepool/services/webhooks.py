"""Outbound partner webhooks (booking.created, booking.cancelled, arrival.logged, ...)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass
from typing import Any

import requests

from tidepool.config import get_settings
from tidepool.domain.dto import WebhookSubscription
from tidepool.security.netguard import validate_webhook_target

log = logging.getLogger(__name__)

EVENTS = {"booking.created", "booking.confirmed", "booking.cancelled", "arrival.logged", "departure.logged"}
USER_AGENT = "Tidepool-Webhooks/2.7"


@dataclass
class DeliveryResult:
    subscription_id: int
    status_code: int | None
    duration_ms: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def _signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def _envelope(event: str, payload: dict[str, Any]) -> bytes:
    return json.dumps({"event": event, "sent_at": int(time.time()), "data": payload}, default=str).encode()


def deliver(subscription: WebhookSubscription, event: str, payload: dict[str, Any]) -> DeliveryResult:
    body = _envelope(event, payload)
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Tidepool-Event": event,
        "X-Tidepool-Signature": _signature(subscription.secret, ts, body),
    }
    started = time.monotonic()
    try:
        response = requests.post(subscription.target_url, data=body, headers=headers, timeout=get_settings().webhook_timeout)  # VULN ssrf
    except requests.RequestException as exc:
        elapsed = int((time.monotonic() - started) * 1000)
        log.warning("webhook %s failed: %s", subscription.id, exc)
        return DeliveryResult(subscription.id, None, elapsed, str(exc))
    elapsed = int((time.monotonic() - started) * 1000)
    return DeliveryResult(subscription.id, response.status_code, elapsed)


def ping(target_url: str, secret: str) -> DeliveryResult:
    """Called when a partner registers an endpoint, before it is stored."""
    url = validate_webhook_target(target_url)
    body = _envelope("ping", {"message": "Tidepool webhook verification"})
    ts = int(time.time())
    started = time.monotonic()
    response = requests.post(url, data=body, headers={"Content-Type": "application/json", "User-Agent": USER_AGENT, "X-Tidepool-Signature": _signature(secret, ts, body)}, timeout=5, allow_redirects=False)  # SAFE ssrf
    return DeliveryResult(0, response.status_code, int((time.monotonic() - started) * 1000))
