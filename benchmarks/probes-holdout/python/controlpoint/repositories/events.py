"""Event queries. Listing/search uses hand-written SQL for the trigram index."""
from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..models import Course, Event, EventStatus

SORT_COLUMNS = {
    "date": "e.event_date",
    "name": "e.name",
    "venue": "e.venue",
    "club": "c.name",
}


def search_published(session: Session, term: str, sort: str, direction: str, limit: int = 50):
    order_column = SORT_COLUMNS.get(sort, sort)
    order_dir = "DESC" if direction.lower() == "desc" else "ASC"
    sql = text(
        "SELECT e.id, e.name, e.event_date, e.venue, c.name AS club_name "
        "FROM events e JOIN clubs c ON c.id = e.club_id "
        "WHERE e.status = 'PUBLISHED' AND (e.name ILIKE :pattern OR e.venue ILIKE :pattern) "
        f"ORDER BY {order_column} {order_dir} LIMIT :limit"
    )
    return session.execute(sql, {"pattern": f"%{term}%", "limit": limit}).mappings().all()  # VULN sqli


def upcoming_for_club(session: Session, club_id: int, from_date: date):
    sql = text(
        "SELECT e.id, e.name, e.event_date, e.venue FROM events e "
        "WHERE e.club_id = :club_id AND e.event_date >= :from_date ORDER BY e.event_date"
    )
    return session.execute(sql, {"club_id": club_id, "from_date": from_date}).mappings().all()  # SAFE sqli


def get_event(session: Session, event_id: int) -> Event | None:
    return session.get(Event, event_id)


def get_course(session: Session, course_id: int) -> Course | None:
    return session.get(Course, course_id)


def published_events(session: Session, limit: int = 20) -> list[Event]:
    stmt = (
        select(Event)
        .where(Event.status == EventStatus.PUBLISHED)
        .order_by(Event.event_date)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def add(session: Session, obj) -> None:
    session.add(obj)
    session.flush()
