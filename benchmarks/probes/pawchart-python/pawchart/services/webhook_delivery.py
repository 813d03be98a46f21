"""Outbound webhook HTTP delivery (runs inside the worker)."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import httpx

USER_AGENT = "Pawchart-Webhooks/1.0"


class DeliveryFailed(RuntimeError):
    pass


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def deliver(target_url: str, secret: str, event: str, payload: dict[str, Any]) -> int:
    body = json.dumps({"event": event, "data": payload}, separators=(",", ":"), default=str).encode("utf-8")
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Pawchart-Event": event,
        "X-Pawchart-Timestamp": timestamp,
        "X-Pawchart-Signature": sign(secret, timestamp, body),
    }
    with httpx.Client(timeout=10.0, follow_redirects=False) as client:
        response = client.post(target_url, content=body, headers=headers)  # VULN ssrf
    if response.status_code >= 500:
        raise DeliveryFailed(f"{target_url} answered {response.status_code}")
    return response.status_code
