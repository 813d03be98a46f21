"""Booking queries."""
import datetime as dt
from typing import List

from brightwell.db import database
from brightwell.models import Booking, Gardener, Plot


def bookings_for_season(gardener_id: int, season: int) -> List[Booking]:
    return list(Booking.raw("SELECT * FROM booking WHERE gardener_id = ? AND season = ? ORDER BY start_date", gardener_id, season))  # SAFE sqli


def overlapping(plot: Plot, start: dt.date, end: dt.date) -> bool:
    return (
        Booking.select()
        .where(
            (Booking.plot == plot)
            & (Booking.status.in_(["pending", "confirmed"]))
            & (Booking.start_date <= end)
            & (Booking.end_date >= start)
        )
        .exists()
    )


def create(plot: Plot, gardener: Gardener, season: int, start: dt.date, end: dt.date,
           status: str, fee_pence: int) -> Booking:
    return Booking.create(
        plot=plot, gardener=gardener, season=season,
        start_date=start, end_date=end, status=status, fee_pence=fee_pence,
    )


def site_calendar(site_id: str, month: str) -> List[dict]:
    """Bookings starting in a given ``YYYY-MM`` month for one site."""
    sql = (
        "SELECT b.id, p.code, g.display_name, b.start_date, b.end_date, b.status "
        "FROM booking b JOIN plot p ON p.id = b.plot_id JOIN gardener g ON g.id = b.gardener_id "
        f"WHERE p.site_id = {int(site_id)} AND strftime('%Y-%m', b.start_date) = '{month}' "
        "ORDER BY b.start_date"
    )
    cursor = database.execute_sql(sql)  # VULN sqli
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def waitlist_position(booking: Booking) -> int:
    return (
        Booking.select()
        .where(
            (Booking.plot == booking.plot)
            & (Booking.status == "waitlisted")
            & (Booking.created_at < booking.created_at)
        )
        .count()
        + 1
    )


def cancel(booking_id: int, gardener_id: int) -> int:
    return (
        Booking.update(status="cancelled")
        .where((Booking.id == booking_id) & (Booking.gardener == gardener_id))
        .execute()
    )
