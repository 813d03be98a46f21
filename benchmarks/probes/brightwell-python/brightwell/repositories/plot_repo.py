"""Plot queries."""
from typing import List, Optional

from brightwell.db import database
from brightwell.dto import PlotSearch
from brightwell.models import Booking, Plot, Site

ORDER_COLUMNS = {
    "code": "p.code",
    "size": "p.size_m2 DESC",
    "site": "s.name, p.code",
    "newest": "p.created_at DESC",
}


def _row_to_dict(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}


def search_plots(search: PlotSearch) -> List[dict]:
    clauses = ["p.status = 'available'"]
    params = []
    if search.site:
        clauses.append("s.slug = ?")
        params.append(search.site)
    if search.soil:
        clauses.append("p.soil = ?")
        params.append(search.soil)
    if search.min_size is not None:
        clauses.append("p.size_m2 >= ?")
        params.append(float(search.min_size))
    order = ORDER_COLUMNS.get(search.sort, search.sort)
    sql = (
        "SELECT p.id, p.code, p.size_m2, p.soil, p.has_water, s.slug AS site, s.name AS site_name "
        "FROM plot p JOIN site s ON s.id = p.site_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT {int(search.limit)}"
    )
    cursor = database.execute_sql(sql, params)  # VULN sqli
    return [_row_to_dict(cursor, row) for row in cursor.fetchall()]


def plots_near(site_slug: str, limit: int = 10) -> List[Plot]:
    query = Plot.raw("SELECT p.* FROM plot p JOIN site s ON s.id = p.site_id WHERE s.slug = ? ORDER BY p.code LIMIT ?", site_slug, int(limit))  # SAFE sqli
    return list(query)


def get_by_code(code: str) -> Optional[Plot]:
    return (
        Plot.select(Plot, Site)
        .join(Site)
        .where(Plot.code == code)
        .first()
    )


def occupancy_for_site(site: Site, season: int) -> dict:
    total = Plot.select().where(Plot.site == site).count()
    taken = (
        Booking.select()
        .join(Plot)
        .where((Plot.site == site) & (Booking.season == season) & (Booking.status == "confirmed"))
        .count()
    )
    return {"total": total, "taken": taken, "free": max(total - taken, 0)}


def mark_status(plot: Plot, status: str) -> None:
    plot.status = status
    plot.save()
