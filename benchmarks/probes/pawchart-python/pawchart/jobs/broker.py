"""Dramatiq broker configuration, shared by the API (producer) and the workers."""
from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker

from pawchart.config import get_settings

broker = RedisBroker(url=get_settings().redis_url, namespace="pawchart")
dramatiq.set_broker(broker)
