"""Producers: web processes push work onto RQ queues."""
from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache

from redis import Redis
from rq import Queue, Retry
from rq.job import Job

from airwave.dto import FeedImportRequest, TranscodeRequest
from airwave.settings import get_settings


@lru_cache(maxsize=1)
def redis_connection() -> Redis:
    return Redis.from_url(get_settings().redis_url)


def _queue(name: str) -> Queue:
    return Queue(name, connection=redis_connection(), default_timeout=3600)


def enqueue_transcode(req: TranscodeRequest) -> Job:
    return _queue("audio").enqueue(
        "airwave.jobs.rq_tasks.transcode_episode",
        req.to_payload(),
        retry=Retry(max=2, interval=[60, 300]),
        job_id=f"transcode-{req.episode_id}-{req.bitrate}-{req.audio_format}",
    )


def enqueue_feed_import(req: FeedImportRequest) -> Job:
    return _queue("feeds").enqueue("airwave.jobs.rq_tasks.import_feed", asdict(req))


def enqueue_cart_state(station_user: str, blob: str) -> Job:
    return _queue("automation").enqueue(
        "airwave.jobs.rq_tasks.apply_cart_state",
        station_user,
        blob,
        result_ttl=600,
    )


def job_status(job_id: str) -> str:
    job = Job.fetch(job_id, connection=redis_connection())
    return job.get_status()
