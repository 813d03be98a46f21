"""Outbound webhook notifications for integration partners."""
import hashlib
import hmac
import json
import time
from dataclasses import dataclass, field

import requests

from turbinary.config import settings


@dataclass
class Subscription:
    callback_url: str
    events: list[str] = field(default_factory=list)
    partner_id: str | None = None


def deliver(url: str, event: str, payload: dict) -> int:
    ts = int(time.time())
    body = json.dumps({"event": event, "sent_at": ts, "data": payload}, default=str).encode()
    signature = hmac.new(settings.webhook_signing_key.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()  # SAFE secret
    headers = {"Content-Type": "application/json", "X-Turbinary-Signature": f"t={ts},v1={signature}"}
    resp = requests.post(url, data=body, headers=headers, timeout=5)  # VULN ssrf
    return resp.status_code


def send_test_event(sub: Subscription) -> dict:
    payload = {"partner": sub.partner_id, "events": sub.events, "message": "Turbinary webhook test"}
    status = deliver(sub.callback_url, "webhook.test", payload)
    return {"delivered": 200 <= status < 300, "status": status}
