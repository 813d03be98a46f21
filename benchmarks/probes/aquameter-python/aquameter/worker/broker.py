"""Broker configuration shared by API producers and worker processes."""
from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AgeLimit, Retries, TimeLimit

from aquameter.config import get_settings

broker = RedisBroker(url=get_settings().redis_url, namespace="aquameter")
broker.add_middleware(AgeLimit(max_age=6 * 3600 * 1000))
broker.add_middleware(TimeLimit(time_limit=20 * 60 * 1000))
broker.add_middleware(Retries(max_retries=3, min_backoff=5_000, max_backoff=300_000))
dramatiq.set_broker(broker)
