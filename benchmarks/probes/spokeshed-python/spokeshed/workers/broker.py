"""Dramatiq broker and RQ queue wiring shared by the web apps and workers."""
from __future__ import annotations

from functools import lru_cache

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AgeLimit, Retries, TimeLimit
from redis import Redis
from rq import Queue

from spokeshed.config import get_settings

_broker = RedisBroker(url=get_settings().redis_url, middleware=[AgeLimit(), TimeLimit(), Retries(max_retries=5)])
dramatiq.set_broker(_broker)


@lru_cache(maxsize=1)
def redis_connection() -> Redis:
    return Redis.from_url(get_settings().redis_url)


@lru_cache(maxsize=1)
def housekeeping_queue() -> Queue:
    return Queue("housekeeping", connection=redis_connection(), default_timeout=900)
