"""Outgoing webhook signatures: HMAC-SHA256 over ``<timestamp>.<body>``.

The timestamp is sent in ``X-Trace-Timestamp``; signing it with the body lets a receiver
refuse replays of an old delivery. A receiver recomputes
``hmac_sha256(secret, f"{timestamp}.".encode() + body)`` and compares it in constant time
with the hex after ``sha256=`` in ``X-Trace-Signature-256``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SIGNATURE_HEADER = "X-Trace-Signature-256"
TIMESTAMP_HEADER = "X-Trace-Timestamp"
DELIVERY_HEADER = "X-Trace-Delivery"
EVENT_HEADER = "X-Trace-Event"
SECRET_PREFIX = "whsec_"  # noqa: S105 - a prefix that makes a leaked secret recognisable


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: bytes, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return f"sha256={digest.hexdigest()}"


def verify(secret: bytes, timestamp: str, body: bytes, header: str) -> bool:
    return hmac.compare_digest(signature(secret, timestamp, body), header)
