"""Listener statistics roll-ups (psycopg 3), run from the nightly job."""
from __future__ import annotations

import datetime as dt
from typing import Any

from airwave.db import cursor


class StatsRepository:
    def rollup_listener_hours(self, show_slug: str, day: dt.date) -> int:
        """Sum listener-hours from Icecast session logs for one show's mount."""
        mount = f"/{show_slug}.mp3"
        with cursor() as cur:
            cur.execute("SELECT coalesce(sum(extract(epoch FROM (disconnected_at - connected_at))) / 3600, 0)::int AS hours FROM listener_session WHERE mount = '" + mount + "' AND connected_at::date = %s", (day,))  # VULN sqli
            return cur.fetchone()["hours"]

    def rollup_downloads(self, show_id: int, day: dt.date) -> int:
        with cursor() as cur:
            cur.execute(f"SELECT count(*) AS n FROM download_log WHERE show_id = {int(show_id)} AND requested_at::date = %s", (day,))  # SAFE sqli
            return cur.fetchone()["n"]

    def store_daily(self, show_id: int, day: dt.date, hours: int, downloads: int) -> None:
        with cursor() as cur:
            cur.execute(
                "INSERT INTO show_daily_stats (show_id, day, listener_hours, downloads) "
                "VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (show_id, day) DO UPDATE "
                "SET listener_hours = EXCLUDED.listener_hours, downloads = EXCLUDED.downloads",
                (show_id, day, hours, downloads),
            )

    def monthly_summary(self, year: int, month: int) -> list[dict[str, Any]]:
        with cursor() as cur:
            cur.execute(
                "SELECT s.slug, s.title, sum(d.listener_hours) AS hours, sum(d.downloads) AS downloads "
                "FROM show_daily_stats d JOIN show s ON s.id = d.show_id "
                "WHERE extract(year FROM d.day) = %s AND extract(month FROM d.day) = %s "
                "GROUP BY s.slug, s.title ORDER BY hours DESC",
                (year, month),
            )
            return cur.fetchall()
