"""Event management: search, create/edit, imports from Eventor and settings files, start draws."""
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import yaml

from ..extensions import db_session
from ..integrations import feeds
from ..models import Course, CourseType, Event, EventStatus
from ..repositories import entries as entries_repo
from ..repositories import events as events_repo


class EventError(Exception):
    pass


@dataclass
class EventForm:
    name: str
    event_date: date
    venue: str
    description_html: str | None
    entry_limit: int | None

    @classmethod
    def from_form(cls, form) -> "EventForm":
        try:
            event_date = date.fromisoformat(form["event_date"])
        except (KeyError, ValueError) as exc:
            raise EventError("A valid event date is required") from exc
        limit = form.get("entry_limit", "").strip()
        return cls(
            name=form["name"].strip(),
            event_date=event_date,
            venue=form.get("venue", "").strip(),
            description_html=form.get("description") or None,
            entry_limit=int(limit) if limit.isdigit() else None,
        )


def search_events(term: str, sort: str, direction: str):
    return events_repo.search_published(db_session(), term.strip(), sort or "date", direction or "asc")


def upcoming_for_club(club_id: int):
    return events_repo.upcoming_for_club(db_session(), club_id, date.today())


def create_event(club_id: int, form: EventForm) -> Event:
    event = Event(
        club_id=club_id,
        name=form.name,
        event_date=form.event_date,
        venue=form.venue,
        description_html=form.description_html,
        entry_limit=form.entry_limit,
    )
    events_repo.add(db_session(), event)
    db_session.commit()
    return event


def update_event(event: Event, form: EventForm) -> Event:
    event.name = form.name
    event.event_date = form.event_date
    event.venue = form.venue
    event.description_html = form.description_html
    event.entry_limit = form.entry_limit
    db_session.commit()
    return event


def import_from_eventor(club_id: int, feed_url: str) -> Event:
    data = feeds.fetch_event_feed(feed_url)
    try:
        form = EventForm(
            name=data["name"],
            event_date=date.fromisoformat(data["startDate"][:10]),
            venue=data.get("location", {}).get("name", ""),
            description_html=None,
            entry_limit=None,
        )
    except (KeyError, ValueError) as exc:
        raise EventError("Feed did not contain a usable event") from exc
    event = create_event(club_id, form)
    event.external_ref = str(data.get("id", ""))[:64]
    db_session.commit()
    return event


def load_settings_file(stream) -> dict:
    """Organisers export course/category settings from last year's event as YAML."""
    settings = yaml.load(stream.read(), Loader=yaml.Loader)  # VULN deser
    if not isinstance(settings, dict):
        raise EventError("Settings file must contain a mapping")
    return settings


def apply_settings(event: Event, settings: dict) -> None:
    for course_def in settings.get("courses", []):
        course = Course(
            event_id=event.id,
            name=str(course_def["name"])[:80],
            course_type=CourseType(course_def.get("type", "linear")),
            length_m=course_def.get("length"),
            climb_m=course_def.get("climb"),
            time_limit_min=course_def.get("time_limit"),
            scoring_formula=course_def.get("formula"),
        )
        db_session.add(course)
    if "entry_limit" in settings:
        event.entry_limit = int(settings["entry_limit"])
    db_session.commit()


def publish(event: Event) -> None:
    if not event.courses:
        raise EventError("Add at least one course before publishing")
    event.status = EventStatus.PUBLISHED
    db_session.commit()


def draw_start_times(event: Event, first_start: datetime, interval: timedelta = timedelta(minutes=1)) -> int:
    """Randomised start draw per course, as required by federation rules."""
    assigned = 0
    for course in event.courses:
        runners = entries_repo.entries_for_course(db_session(), course.id)
        random.shuffle(runners)  # SAFE random
        for slot, entry in enumerate(runners):
            entry.start_time = (first_start + slot * interval).astimezone(timezone.utc)
            assigned += 1
    db_session.commit()
    return assigned
