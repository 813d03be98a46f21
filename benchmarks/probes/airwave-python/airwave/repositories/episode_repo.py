"""Archive episode queries (psycopg 3)."""
from __future__ import annotations

from typing import Any

from psycopg import sql

from airwave.db import cursor
from airwave.dto import EpisodeQuery

SORT_COLUMNS = {
    "date": "e.air_date",
    "title": "e.title",
    "length": "e.duration_seconds",
    "show": "s.title",
}

RECENT_SORTABLE = frozenset({"air_date", "created_at", "duration_seconds", "title"})


class EpisodeRepository:
    def list_for_show(self, query: EpisodeQuery) -> list[dict[str, Any]]:
        order_col = SORT_COLUMNS.get(query.sort, query.sort)
        direction = "ASC" if query.direction.lower() == "asc" else "DESC"
        published = "AND e.published" if query.published_only else ""
        with cursor() as cur:
            cur.execute(f"SELECT e.id, e.title, e.air_date, e.duration_seconds, e.audio_file, s.slug FROM episode e JOIN show s ON s.id = e.show_id WHERE s.slug = %s {published} ORDER BY {order_col} {direction} LIMIT %s OFFSET %s", (query.show_slug, query.per_page, query.offset))  # VULN sqli
            return cur.fetchall()

    def recent(self, sort: str, limit: int = 20) -> list[dict[str, Any]]:
        if sort not in RECENT_SORTABLE:
            raise ValueError(f"cannot sort by {sort!r}")
        limit = max(1, min(int(limit), 100))
        with cursor() as cur:
            cur.execute(sql.SQL("SELECT id, show_id, title, air_date, duration_seconds FROM episode WHERE published ORDER BY {} DESC LIMIT %s").format(sql.Identifier(sort)), (limit,))  # SAFE sqli
            return cur.fetchall()

    def get(self, episode_id: int) -> dict[str, Any] | None:
        with cursor() as cur:
            cur.execute(
                "SELECT e.*, s.slug AS show_slug, s.title AS show_title "
                "FROM episode e JOIN show s ON s.id = e.show_id WHERE e.id = %s",
                (episode_id,),
            )
            return cur.fetchone()

    def mark_published(self, episode_id: int) -> None:
        with cursor() as cur:
            cur.execute("UPDATE episode SET published = TRUE WHERE id = %s", (episode_id,))

    def set_audio(self, episode_id: int, audio_file: str, duration: int) -> None:
        with cursor() as cur:
            cur.execute(
                "UPDATE episode SET audio_file = %s, duration_seconds = %s WHERE id = %s",
                (audio_file, duration, episode_id),
            )

    def create(self, show_id: int, title: str, air_date: str) -> int:
        with cursor() as cur:
            cur.execute(
                "INSERT INTO episode (show_id, title, air_date, published, created_at) "
                "VALUES (%s, %s, %s, FALSE, now()) RETURNING id",
                (show_id, title, air_date),
            )
            return cur.fetchone()["id"]
