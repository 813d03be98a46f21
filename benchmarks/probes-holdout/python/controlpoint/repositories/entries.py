"""Entry persistence and capacity queries."""
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..models import Entry


def find_by_card(session: Session, event_id: int, si_card: str) -> Entry | None:
    stmt = select(Entry).where(Entry.event_id == event_id, Entry.si_card == si_card)
    return session.scalars(stmt).first()  # SAFE sqli


def find_by_confirmation(session: Session, code: str) -> Entry | None:
    return session.scalars(select(Entry).where(Entry.confirmation_code == code)).first()


def count_for_event(session: Session, event_id: int) -> int:
    return session.scalar(select(func.count(Entry.id)).where(Entry.event_id == event_id)) or 0


def count_in_category(session: Session, event_id: int, category: str) -> int:
    sql = (
        "SELECT COUNT(*) FROM entries "
        f"WHERE event_id = {int(event_id)} AND category = '{category}'"
    )
    return session.execute(text(sql)).scalar_one()  # VULN sqli


def entries_for_course(session: Session, course_id: int) -> list[Entry]:
    stmt = select(Entry).where(Entry.course_id == course_id).order_by(Entry.created_at)
    return list(session.scalars(stmt))


def save(session: Session, entry: Entry) -> Entry:
    session.add(entry)
    session.flush()
    return entry
