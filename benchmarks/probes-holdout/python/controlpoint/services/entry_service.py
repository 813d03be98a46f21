"""Entries: validation, capacity checks, confirmation codes and payment round-trips."""
import secrets
from dataclasses import dataclass

from ..extensions import db_session
from ..models import Course, Entry, Event, EventStatus
from ..repositories import entries as entries_repo
from ..tasks.notifications import send_entry_confirmation

CATEGORY_CAPACITY = 60


class EntryError(Exception):
    pass


@dataclass
class EntryRequest:
    course_id: int
    runner_name: str
    category: str
    si_card: str | None = None
    club_code: str | None = None
    return_url: str | None = None

    @classmethod
    def from_form(cls, form) -> "EntryRequest":
        try:
            course_id = int(form["course_id"])
        except (KeyError, ValueError) as exc:
            raise EntryError("Please choose a course") from exc
        return cls(
            course_id=course_id,
            runner_name=form.get("runner_name", "").strip(),
            category=form.get("category", "").strip().upper(),
            si_card=form.get("si_card") or None,
            club_code=form.get("club_code") or None,
            return_url=form.get("return_url") or None,
        )


def new_confirmation_code() -> str:
    return secrets.token_urlsafe(12)  # SAFE random


def check_capacity(event: Event, category: str) -> None:
    session = db_session()
    if event.entry_limit and entries_repo.count_for_event(session, event.id) >= event.entry_limit:
        raise EntryError("The event is full")
    if entries_repo.count_in_category(session, event.id, category) >= CATEGORY_CAPACITY:
        raise EntryError(f"Category {category} is full")


def create_entry(event: Event, request: EntryRequest, user_id: int | None) -> Entry:
    if event.status != EventStatus.PUBLISHED:
        raise EntryError("Entries are not open for this event")
    course = db_session.get(Course, request.course_id)
    if course is None or course.event_id != event.id:
        raise EntryError("Unknown course")
    if not request.runner_name:
        raise EntryError("Runner name is required")
    check_capacity(event, request.category)
    if request.si_card and entries_repo.find_by_card(db_session(), event.id, request.si_card):
        raise EntryError("That SI card is already entered")
    entry = Entry(
        event_id=event.id,
        course_id=course.id,
        user_id=user_id,
        runner_name=request.runner_name,
        category=request.category,
        si_card=request.si_card,
        club_code=request.club_code,
        confirmation_code=new_confirmation_code(),
        return_url=request.return_url,
    )
    entries_repo.save(db_session(), entry)
    db_session.commit()
    send_entry_confirmation.delay(entry.id)
    return entry


def mark_paid(entry_id: int, provider_reference: str) -> Entry:
    entry = db_session.get(Entry, entry_id)
    if entry is None:
        raise EntryError("Unknown entry")
    entry.paid = True
    db_session.commit()
    return entry


def lookup_by_card(event_id: int, si_card: str) -> Entry | None:
    return entries_repo.find_by_card(db_session(), event_id, si_card.strip())
