"""Read-side service for the public show catalogue."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from airwave.dto import ShowSummary
from airwave.repositories.episode_repo import EpisodeRepository
from airwave.repositories.show_repo import ShowRepository
from airwave.security.urls import public_website

_WS = re.compile(r"\s+")


@dataclass
class ShowPage:
    show: dict[str, Any]
    host_name: str
    host_website: str
    host_profile_url: str
    recent_episodes: list[dict[str, Any]]


class CatalogService:
    def __init__(self, shows: ShowRepository | None = None, episodes: EpisodeRepository | None = None):
        self.shows = shows or ShowRepository()
        self.episodes = episodes or EpisodeRepository()

    def search(self, raw_term: str, genre: str | None) -> list[ShowSummary]:
        term = _WS.sub(" ", raw_term).strip()
        if len(term) < 2:
            return []
        return self.shows.search(term, genre or None)

    def schedule_grid(self) -> dict[int, list[ShowSummary]]:
        grid: dict[int, list[ShowSummary]] = {day: [] for day in range(1, 8)}
        for show in self.shows.active_shows():
            grid.setdefault(show.weekday, []).append(show)
        return grid

    def show_page(self, slug: str) -> ShowPage | None:
        row = self.shows.get_by_slug(slug)
        if row is None:
            return None
        return ShowPage(
            show=row,
            host_name=row.get("host_name", ""),
            host_website=row.get("host_website", ""),
            host_profile_url=public_website(row.get("host_website")),
            recent_episodes=[],
        )

    def genres(self) -> list[tuple[str, int]]:
        return self.shows.genres()
