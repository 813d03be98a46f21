"""Periodic and fire-and-forget tasks run by ``huey_consumer airwave.jobs.huey_tasks.huey``."""
from __future__ import annotations

import datetime as dt
import logging

from huey import RedisHuey, crontab

from airwave.models import Episode
from airwave.repositories.show_repo import ShowRepository
from airwave.repositories.stats_repo import StatsRepository
from airwave.services.audio_service import AudioService
from airwave.settings import get_settings

log = logging.getLogger(__name__)

huey = RedisHuey("airwave", url=get_settings().redis_url)


@huey.task(retries=2, retry_delay=120)
def tag_published_episode(episode_id: int) -> int:
    episode = Episode.get_by_id(episode_id)
    if not episode.audio_file:
        return 0
    return AudioService().write_tags(episode.audio_file, episode.title, episode.show.host.display_name)


@huey.task()
def render_spectrogram(episode_id: int) -> str:
    episode = Episode.get_by_id(episode_id)
    return AudioService().spectrogram(episode.audio_file, episode.title)


@huey.periodic_task(crontab(minute="15", hour="3"))
def nightly_listener_rollup() -> None:
    day = dt.date.today() - dt.timedelta(days=1)
    stats = StatsRepository()
    for show_id, slug in ShowRepository().all_slugs():
        hours = stats.rollup_listener_hours(slug, day)
        downloads = stats.rollup_downloads(show_id, day)
        stats.store_daily(show_id, day, hours, downloads)
    log.info("listener roll-up complete for %s", day)
