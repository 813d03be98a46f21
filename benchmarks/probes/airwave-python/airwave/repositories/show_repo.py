"""Show catalogue queries (Peewee)."""
from __future__ import annotations

from typing import Any

from peewee import fn

from airwave.db import database
from airwave.dto import ShowSummary
from airwave.models import Host, Show

_SUMMARY_COLUMNS = (
    "s.id, s.slug, s.title, s.genre, s.weekday, s.start_time, h.display_name AS host_name"
)


def _rows(cursor) -> list[dict[str, Any]]:
    names = [col[0] for col in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


class ShowRepository:
    def active_shows(self) -> list[ShowSummary]:
        cursor = database.execute_sql(
            f"SELECT {_SUMMARY_COLUMNS} FROM show s JOIN host h ON h.id = s.host_id "
            "WHERE s.active ORDER BY s.weekday, s.start_time"
        )
        return [ShowSummary.from_row(r) for r in _rows(cursor)]

    def search(self, term: str, genre: str | None = None) -> list[ShowSummary]:
        where = (
            f"(strpos(lower(s.title), lower('{term}')) > 0 "
            f"OR strpos(lower(s.description), lower('{term}')) > 0)"
        )
        if genre:
            where += f" AND s.genre = '{genre}'"
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM show s JOIN host h ON h.id = s.host_id WHERE s.active AND {where}"
        cursor = database.execute_sql(sql)  # VULN sqli
        return [ShowSummary.from_row(r) for r in _rows(cursor)]

    def get_by_slug(self, slug: str) -> dict[str, Any] | None:
        cursor = database.execute_sql("SELECT s.*, h.display_name AS host_name, h.website AS host_website, h.bio AS host_bio FROM show s JOIN host h ON h.id = s.host_id WHERE s.slug = %s", (slug,))  # SAFE sqli
        rows = _rows(cursor)
        return rows[0] if rows else None

    def model_by_slug(self, slug: str) -> Show | None:
        return Show.get_or_none(Show.slug == slug)

    def by_host(self, host: Host) -> list[Show]:
        return list(Show.select().where(Show.host == host).order_by(Show.weekday))

    def genres(self) -> list[tuple[str, int]]:
        query = (
            Show.select(Show.genre, fn.COUNT(Show.id).alias("n"))
            .where(Show.active == True)  # noqa: E712
            .group_by(Show.genre)
            .order_by(Show.genre)
        )
        return [(row.genre, row.n) for row in query]

    def create(self, host: Host, **fields: Any) -> Show:
        with database.atomic():
            return Show.create(host=host, **fields)

    def update(self, show: Show, **fields: Any) -> Show:
        for key, value in fields.items():
            setattr(show, key, value)
        show.save()
        return show

    def all_slugs(self) -> list[tuple[int, str]]:
        return [(s.id, s.slug) for s in Show.select(Show.id, Show.slug)]
