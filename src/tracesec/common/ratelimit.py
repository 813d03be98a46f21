"""A small database-backed sliding-window rate limiter.

    if ratelimit_exceeded(key=f"signin:ip:{ip}", limit=10, window_seconds=900):
        ...refuse...
    ratelimit_hit(key=f"signin:ip:{ip}")

Use `ratelimit_key` to hash identifying parts (emails, IPs) so the table holds no personal data.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from tracesec.common.models import RateLimitEvent


def ratelimit_key(scope: str, *parts: str) -> str:
    digest = hashlib.sha256(
        (settings.SECRET_KEY + "\x00" + "\x00".join(p.lower() for p in parts)).encode()
    ).hexdigest()[:40]
    return f"{scope}:{digest}"


def ratelimit_exceeded(*, key: str, limit: int, window_seconds: int) -> bool:
    since = timezone.now() - timedelta(seconds=window_seconds)
    return RateLimitEvent.objects.filter(key=key, created_at__gte=since).count() >= limit


PURGE_EVERY = 100  # every Nth recorded event also deletes events older than a day


def ratelimit_hit(*, key: str) -> None:
    event = RateLimitEvent.objects.create(key=key)
    # Keeps the table bounded without a scheduler; deterministic so it is testable.
    if event.pk % PURGE_EVERY == 0:
        ratelimit_purge()


def ratelimit_clear(*, key: str) -> None:
    RateLimitEvent.objects.filter(key=key).delete()


def ratelimit_purge(*, older_than_seconds: int = 24 * 3600) -> int:
    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    deleted, _ = RateLimitEvent.objects.filter(created_at__lt=cutoff).delete()
    return deleted
