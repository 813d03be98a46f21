"""Card payments through the Tillpoint gateway."""
from __future__ import annotations

import hashlib
import hmac
import logging
import ssl
from dataclasses import dataclass
from decimal import Decimal

import aiohttp

log = logging.getLogger(__name__)

GATEWAY_URL = "https://api.tillpoint.example/v3"
TILLPOINT_API_KEY = "tp_live_5f9c2a7e41d84b0fa3c6e2d19b7f8a60"  # VULN secret
TILLPOINT_WEBHOOK_SECRET_ENV = "MILLRACE_TILLPOINT_WEBHOOK_SECRET"


@dataclass
class PaymentIntent:
    intent_id: str
    client_secret: str
    amount: Decimal


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def create_intent(reference: str, amount: Decimal, email: str) -> PaymentIntent:
    headers = {"Authorization": f"Bearer {TILLPOINT_API_KEY}", "Idempotency-Key": reference}
    payload = {"amount": int(amount * 100), "currency": "GBP", "metadata": {"reference": reference}, "receipt_email": email}
    connector = aiohttp.TCPConnector(ssl=_tls_context())  # SAFE tls
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(f"{GATEWAY_URL}/payment_intents", json=payload, headers=headers) as resp:
            resp.raise_for_status()
            data = await resp.json()
    return PaymentIntent(data["id"], data["client_secret"], amount)


def webhook_signature_ok(secret: str, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
