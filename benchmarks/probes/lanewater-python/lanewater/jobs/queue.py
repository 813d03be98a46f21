"""Enqueueing background jobs on the arq (Redis) queue."""
import logging

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings
from arq.jobs import Job

from lanewater import conf

log = logging.getLogger(__name__)

QUEUE_NAME = "lanewater:jobs"

_redis: ArqRedis | None = None


def redis_settings() -> RedisSettings:
    return RedisSettings.from_dsn(conf.REDIS_URL)


async def get_redis() -> ArqRedis:
    global _redis
    if _redis is None:
        _redis = await create_pool(redis_settings(), default_queue_name=QUEUE_NAME)
    return _redis


async def enqueue(function: str, *args, **kwargs) -> Job | None:
    redis = await get_redis()
    job = await redis.enqueue_job(function, *args, **kwargs)
    if job is None:
        log.info("job %s already queued", function)
    return job
