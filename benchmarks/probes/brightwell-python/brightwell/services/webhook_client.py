"""Outbound webhook delivery for gardeners' integrations."""
import hashlib
import hmac
import json
import logging

import httpx

from brightwell.security.urls import PARTNER_HOSTS, check_outbound_url

log = logging.getLogger(__name__)
USER_AGENT = "Brightwell-Webhooks/2"


def _signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def deliver(target_url: str, secret: str, event: str, payload: dict) -> int:
    body = json.dumps({"event": event, "data": payload}, default=str).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Brightwell-Signature": _signature(secret, body),
    }
    response = httpx.post(target_url, content=body, headers=headers, timeout=10.0)  # VULN ssrf
    log.info("webhook %s -> %s: %s", event, target_url, response.status_code)
    return response.status_code


def fetch_partner_avatar(url: str) -> bytes:
    checked = check_outbound_url(url, PARTNER_HOSTS)
    response = httpx.get(checked, timeout=5.0, follow_redirects=False)  # SAFE ssrf
    response.raise_for_status()
    return response.content


PARTNER_CALLBACKS = {
    "cityfarms": "https://api.cityfarms.example/brightwell/callback",
    "seedsavers": "https://hooks.seedsavers.example/brightwell",
    "foodbank": "https://foodbank.example/api/donations/brightwell",
}


def notify_partner(partner_key: str, event: str, payload: dict) -> int:
    url = PARTNER_CALLBACKS.get(partner_key)
    if url is None:
        raise KeyError(partner_key)
    response = httpx.post(url, json={"event": event, "data": payload}, timeout=10.0)  # SAFE ssrf
    return response.status_code
