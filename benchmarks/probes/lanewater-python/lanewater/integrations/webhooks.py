"""Outbound webhooks to sports clubs that registered for booking events."""
import hashlib
import hmac
import json
import time

from lanewater import conf
from lanewater.integrations.http import verified


def _signature(signing_key: str, timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(signing_key.encode("utf-8"), message, hashlib.sha256).hexdigest()


def deliver(url: str, event: str, payload: dict, signing_key: str) -> int:
    body = json.dumps({"event": event, "data": payload}, default=str).encode("utf-8")
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": conf.WEBHOOK_USER_AGENT,
        "X-Lanewater-Timestamp": timestamp,
        "X-Lanewater-Signature": _signature(signing_key, timestamp, body),
    }
    response = verified.request("POST", url, body=body, headers=headers, timeout=conf.WEBHOOK_TIMEOUT_SECONDS)  # VULN ssrf
    return response.status
