"""Reporting queries that bypass the ORM for speed."""
from typing import List

from brightwell.db import harvest_connection, reporting_connection
from brightwell.models import SavedReport


def harvest_totals(site_slug: str, season: int) -> List[dict]:
    with harvest_connection() as conn:
        cur = conn.execute("SELECT produce_type, SUM(weight_kg) AS total FROM harvest_log WHERE site_slug = ? AND season = ? GROUP BY produce_type ORDER BY total DESC", (site_slug, season))  # SAFE sqli
        return [dict(row) for row in cur.fetchall()]


def yearly_summary(year) -> List[dict]:
    year = int(year)
    with harvest_connection() as conn:
        cur = conn.execute(f"SELECT site_slug, COUNT(*) AS entries, SUM(weight_kg) AS total FROM harvest_log WHERE season = {year} GROUP BY site_slug")  # SAFE sqli
        return [dict(row) for row in cur.fetchall()]


def run_saved_report(report: SavedReport) -> List[tuple]:
    """Execute a gardener's saved harvest report against the reporting replica."""
    conditions = ["1 = 1"]
    if report.site_filter:
        conditions.append("site_slug = '%s'" % report.site_filter)
    if report.season:
        conditions.append("season = %d" % report.season)
    sql = (
        "SELECT site_slug, produce_type, SUM(weight_kg), COUNT(DISTINCT gardener_id) "
        "FROM harvest_log WHERE " + " AND ".join(conditions) + " GROUP BY site_slug, produce_type"
    )
    with reporting_connection() as conn:
        with conn.cursor() as cur:
            cur.execute(sql)  # VULN sqli
            rows = cur.fetchall()
    return rows


def top_growers(site_slug: str, limit: int = 10) -> List[tuple]:
    with reporting_connection() as conn:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT gardener_id, SUM(weight_kg) AS total FROM harvest_log "
                "WHERE site_slug = %s GROUP BY gardener_id ORDER BY total DESC LIMIT %s",
                (site_slug, limit),
            )
            return cur.fetchall()


def save_report(owner, title: str, site_filter: str, produce_filter: str, season) -> SavedReport:
    return SavedReport.create(
        owner=owner, title=title, site_filter=site_filter,
        produce_filter=produce_filter, season=season,
    )
