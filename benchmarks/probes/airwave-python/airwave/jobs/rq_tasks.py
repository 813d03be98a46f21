"""Consumers: functions executed by ``rq worker audio feeds automation``."""
from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from airwave.dto import FeedImportRequest, TranscodeRequest
from airwave.jobs.rq_queue import redis_connection
from airwave.models import Episode, Show
from airwave.repositories.episode_repo import EpisodeRepository
from airwave.services.audio_service import AudioService
from airwave.services.feed_service import FeedService
from airwave.services.import_service import ImportService

log = logging.getLogger(__name__)


def transcode_episode(payload: dict[str, Any]) -> dict[str, Any]:
    req = TranscodeRequest(**payload)
    result = AudioService().transcode(req)
    EpisodeRepository().set_audio(req.episode_id, result.output_name, result.duration_seconds)
    return {"episode": req.episode_id, "file": result.output_name}


def import_feed(payload: dict[str, Any]) -> dict[str, Any]:
    req = FeedImportRequest(**payload)
    show = Show.get_by_id(req.show_id)
    feeds = FeedService()
    body = feeds.fetch_once(req.feed_url)
    root = feeds.parse(body)
    created = 0
    for item in feeds.items(root, limit=req.max_items):
        if Episode.select().where((Episode.show == show) & (Episode.title == item.title)).exists():
            continue
        Episode.create(
            show=show,
            title=item.title,
            air_date=(item.published or dt.datetime.utcnow()).date(),
            audio_file=item.enclosure_url,
            published=False,
        )
        created += 1
    log.info("feed import for %s by %s created %d episodes", show.slug, req.requested_by, created)
    return {"show": show.slug, "created": created}


def apply_cart_state(station_user: str, blob: str) -> dict[str, Any]:
    state = ImportService().restore_cart_state(blob)
    carts = state.get("carts", [])
    redis_connection().set(f"carts:{station_user}", json.dumps(carts, default=str), ex=86400)
    return {"user": station_user, "carts": len(carts)}
