"""The database-backed rate limiter: counting, window, clearing, self-purging."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tracesec.common.models import RateLimitEvent
from tracesec.common.ratelimit import (
    PURGE_EVERY,
    ratelimit_clear,
    ratelimit_exceeded,
    ratelimit_hit,
    ratelimit_key,
)

pytestmark = pytest.mark.django_db


def test_keys_hash_identifying_parts() -> None:
    key = ratelimit_key("signin:email", "Alice@Example.com")
    assert "alice" not in key.lower()
    assert key == ratelimit_key("signin:email", "alice@example.com")
    assert key != ratelimit_key("signin:ip", "alice@example.com")


def test_limit_window_and_clear() -> None:
    key = ratelimit_key("t", "k")
    for _ in range(3):
        assert not ratelimit_exceeded(key=key, limit=3, window_seconds=60)
        ratelimit_hit(key=key)
    assert ratelimit_exceeded(key=key, limit=3, window_seconds=60)
    RateLimitEvent.objects.update(created_at=timezone.now() - timedelta(seconds=120))
    assert not ratelimit_exceeded(key=key, limit=3, window_seconds=60)
    ratelimit_hit(key=key)
    ratelimit_clear(key=key)
    assert RateLimitEvent.objects.filter(key=key).count() == 0


def test_old_events_are_purged_as_new_ones_arrive() -> None:
    old = RateLimitEvent.objects.create(key="old")
    RateLimitEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    for _ in range(PURGE_EVERY):
        ratelimit_hit(key="new")
    assert not RateLimitEvent.objects.filter(key="old").exists()
    assert RateLimitEvent.objects.filter(key="new").exists()
