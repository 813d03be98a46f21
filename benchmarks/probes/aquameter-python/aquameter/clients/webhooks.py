"""Outbound event delivery to customer endpoints and partner finance systems."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from typing import Any

import requests

from aquameter.security.guards import ensure_allowed_callback

log = logging.getLogger(__name__)


class WebhookClient:
    def __init__(self, allowed_partner_hosts: tuple[str, ...]) -> None:
        self._signing_secret = os.environ["AQ_WEBHOOK_SIGNING_SECRET"].encode()
        self._allowed_partner_hosts = allowed_partner_hosts
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "aquameter-webhooks/2.4"

    def _signature(self, body: bytes, timestamp: str) -> str:
        mac = hmac.new(self._signing_secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return f"t={timestamp},v1={mac.hexdigest()}"

    def _headers(self, event: str, body: bytes) -> dict[str, str]:
        timestamp = str(int(time.time()))
        return {
            "Content-Type": "application/json",
            "X-Aquameter-Event": event,
            "X-Aquameter-Signature": self._signature(body, timestamp),
        }

    def deliver(self, url: str, event: str, payload: dict[str, Any]) -> int:
        body = json.dumps({"event": event, "data": payload}, default=str).encode()
        response = self._session.post(url, data=body, headers=self._headers(event, body), timeout=5, allow_redirects=False)  # VULN ssrf
        log.info("webhook %s -> %s status=%s", event, url, response.status_code)
        return response.status_code

    def notify_partner(self, callback_url: str, event: str, payload: dict[str, Any]) -> int:
        target = ensure_allowed_callback(callback_url, self._allowed_partner_hosts)
        body = json.dumps({"event": event, "data": payload}, default=str).encode()
        response = self._session.post(target, data=body, headers=self._headers(event, body), timeout=10)  # SAFE ssrf
        return response.status_code
