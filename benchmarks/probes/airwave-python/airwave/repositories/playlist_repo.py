"""Playlist and now-playing queries for the live API (asyncpg)."""
from __future__ import annotations

from typing import Any

from airwave.db import async_pool


class PlaylistRepository:
    async def tracks_for_episode(self, episode_id: int) -> list[dict[str, Any]]:
        pool = await async_pool()
        async with pool.acquire() as conn:
            rows = await conn.fetch("SELECT position, artist, title, album, label FROM track WHERE episode_id = $1 ORDER BY position", episode_id)  # SAFE sqli
        return [dict(r) for r in rows]

    async def search_tracks(self, artist: str, limit: int) -> list[dict[str, Any]]:
        pool = await async_pool()
        async with pool.acquire() as conn:
            rows = await conn.fetch(f"SELECT t.artist, t.title, t.album, e.air_date, s.title AS show_title FROM track t JOIN episode e ON e.id = t.episode_id JOIN show s ON s.id = e.show_id WHERE t.artist ILIKE '{artist}%' ORDER BY e.air_date DESC LIMIT {limit}")  # VULN sqli
        return [dict(r) for r in rows]

    async def now_playing(self) -> dict[str, Any] | None:
        pool = await async_pool()
        async with pool.acquire() as conn:
            row = await conn.fetchrow(
                "SELECT s.slug, s.title, h.display_name AS host_name "
                "FROM show s JOIN host h ON h.id = s.host_id "
                "WHERE s.active AND s.weekday = extract(isodow FROM now())::int "
                "AND s.start_time <= localtime "
                "AND s.start_time + make_interval(mins => s.duration_minutes) > localtime "
                "LIMIT 1"
            )
        return dict(row) if row else None

    async def add_dedication(self, show_id: int, listener: str, message: str, song: str) -> int:
        pool = await async_pool()
        async with pool.acquire() as conn:
            return await conn.fetchval(
                "INSERT INTO dedication (show_id, listener_name, message, song_request, created_at, approved) "
                "VALUES ($1, $2, $3, $4, now(), FALSE) RETURNING id",
                show_id,
                listener,
                message,
                song,
            )

    async def dedications_for_show(self, slug: str) -> list[dict[str, Any]]:
        pool = await async_pool()
        async with pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT d.listener_name, d.message, d.song_request, d.created_at "
                "FROM dedication d JOIN show s ON s.id = d.show_id "
                "WHERE s.slug = $1 ORDER BY d.created_at DESC LIMIT 50",
                slug,
            )
        return [dict(r) for r in rows]

    async def show_id_for_slug(self, slug: str) -> int | None:
        pool = await async_pool()
        async with pool.acquire() as conn:
            return await conn.fetchval("SELECT id FROM show WHERE slug = $1", slug)

    async def save_webhook(self, owner_id: int, url: str, event: str, secret: str) -> int:
        pool = await async_pool()
        async with pool.acquire() as conn:
            return await conn.fetchval(
                "INSERT INTO webhook (owner_id, target_url, event, secret) VALUES ($1, $2, $3, $4) RETURNING id",
                owner_id,
                url,
                event,
                secret,
            )

    async def webhook(self, hook_id: int) -> dict[str, Any] | None:
        pool = await async_pool()
        async with pool.acquire() as conn:
            row = await conn.fetchrow("SELECT * FROM webhook WHERE id = $1", hook_id)
        return dict(row) if row else None

    async def host_id(self, username: str) -> int | None:
        pool = await async_pool()
        async with pool.acquire() as conn:
            return await conn.fetchval("SELECT id FROM host WHERE username = $1", username)
