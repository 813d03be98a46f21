"""Dramatiq broker configuration shared by the web processes and the workers."""
from __future__ import annotations

import sys

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AgeLimit, Retries, TimeLimit

from tidepool.config import get_settings

_broker: RedisBroker | None = None


def setup_broker() -> RedisBroker:
    global _broker
    if _broker is None:
        _broker = RedisBroker(url=get_settings().redis_url, namespace="tidepool")
        _broker.add_middleware(AgeLimit(max_age=6 * 3600 * 1000))
        _broker.add_middleware(TimeLimit(time_limit=10 * 60 * 1000))
        _broker.add_middleware(Retries(max_retries=5, min_backoff=15_000, max_backoff=30 * 60 * 1000))
        dramatiq.set_broker(_broker)
    return _broker


def main() -> None:
    """Entry point for ``tidepool-worker``: delegates to the dramatiq CLI."""
    from dramatiq.cli import main as dramatiq_main

    sys.argv = ["dramatiq", "tidepool.jobs.actors", "--processes", "2", "--threads", "4", *sys.argv[1:]]
    sys.exit(dramatiq_main())


setup_broker()
