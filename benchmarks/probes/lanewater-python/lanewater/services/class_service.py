"""Swim-school class management: search, publishing, enrolment, imports and badges."""
import logging
from datetime import datetime, timezone

import bleach
import yaml

from lanewater.integrations.feeds import RemoteFetchError, fetch_timetable
from lanewater.jobs.queue import enqueue
from lanewater.models import SwimClass
from lanewater.repositories import class_repository
from lanewater.schemas import SwimClassUpdateIn, TimetableFeedIn
from lanewater.services import imports
from lanewater.util.urls import is_known_feed

log = logging.getLogger(__name__)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SUMMARY_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4"]
SUMMARY_ATTRIBUTES = {"a": ["href", "title"]}


class ClassError(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


async def search(term: str, level: str | None) -> tuple[list[SwimClass], dict[int, int]]:
    classes = await class_repository.search_published(term.strip(), level)
    spaces = await class_repository.spaces_left([c.id for c in classes])
    return classes, spaces


async def class_page_context(class_id: int) -> dict:
    swim_class = await class_repository.get_class(class_id)
    if swim_class is None or not swim_class.is_published:
        raise ClassError("class not found", status=404)
    spaces = await class_repository.spaces_left([swim_class.id])
    return {
        "swim_class": swim_class,
        "weekday_name": WEEKDAYS[swim_class.weekday],
        "spaces_left": spaces.get(swim_class.id, 0),
    }


async def update_class(class_id: int, data: SwimClassUpdateIn) -> SwimClass:
    swim_class = await class_repository.get_class(class_id)
    if swim_class is None:
        raise ClassError("class not found", status=404)
    changes: dict = {}
    if data.title is not None:
        changes["title"] = data.title.strip()
    if data.instructor is not None:
        changes["instructor"] = data.instructor.strip()
    if data.info_url is not None:
        changes["info_url"] = data.info_url.strip() or None
    if data.summary is not None:
        changes["summary_html"] = bleach.clean(data.summary, tags=SUMMARY_TAGS, attributes=SUMMARY_ATTRIBUTES, protocols=["https"], strip=True)
    if data.welcome_template is not None:
        changes["welcome_template"] = data.welcome_template
    if not changes:
        return swim_class
    return await class_repository.update_class(swim_class, **changes)


async def enroll(member_id: int, class_id: int, swimmer_id: int) -> int:
    swimmer = await class_repository.swimmer_for_member(swimmer_id, member_id)
    if swimmer is None:
        raise ClassError("swimmer not found", status=404)
    spaces = await class_repository.spaces_left([class_id])
    if spaces.get(class_id, 0) <= 0:
        raise ClassError("class is full", status=409)
    enrollment = await class_repository.enroll(class_id, swimmer.id)
    await enqueue("send_class_welcome", enrollment.id)
    return enrollment.id


async def award_badge(enrollment_id: int, badge_level: str) -> None:
    enrollment = await class_repository.enrollment_with_details(enrollment_id)
    if enrollment is None:
        raise ClassError("enrollment not found", status=404)
    await class_repository.award_badge(enrollment, badge_level, datetime.now(timezone.utc))
    await enqueue("render_badge_certificate", enrollment.id, None)


async def request_certificate(member_id: int, enrollment_id: int, label: str | None) -> None:
    enrollment = await class_repository.enrollment_with_details(enrollment_id)
    if enrollment is None or enrollment.swimmer.member_id != member_id:
        raise ClassError("enrollment not found", status=404)
    if not enrollment.badge_level:
        raise ClassError("no badge has been awarded for this enrolment", status=404)
    await enqueue("render_badge_certificate", enrollment.id, label)


async def import_feed(data: TimetableFeedIn) -> int:
    if not is_known_feed(data.url):
        raise ClassError("timetable feeds must come from the city or Lanewater feed service")
    try:
        document = fetch_timetable(data.url)
    except RemoteFetchError as exc:
        raise ClassError(str(exc), status=502) from exc
    return await _import_document(data.pool_id, document, data.lane, data.coach)


async def import_upload(pool_id: int, document: bytes, lane: str | None, coach: str | None) -> int:
    return await _import_document(pool_id, document, lane, coach)


async def _import_document(pool_id: int, document: bytes, lane: str | None, coach: str | None) -> int:
    root = imports.parse_timetable(document)
    if lane:
        nodes = imports.sessions_for_lane(root, lane)
    elif coach:
        nodes = imports.sessions_for_coach(root, coach)
    else:
        nodes = imports.all_sessions(root)
    sessions = [imports.session_fields(node) for node in nodes]
    created = await class_repository.upsert_sessions(pool_id, sessions)
    log.info("timetable import for pool %s: %s sessions, %s new", pool_id, len(sessions), created)
    return created


def load_level_progression(document: bytes) -> dict:
    """Level progression (which badge unlocks which class) maintained by the head coach."""
    progression = yaml.load(document, Loader=yaml.Loader)  # VULN deser
    if not isinstance(progression, dict) or "levels" not in progression:
        raise ClassError("progression file must define 'levels'")
    return progression


async def publish_handouts(class_id: int, archive: bytes) -> list[str]:
    swim_class = await class_repository.get_class(class_id)
    if swim_class is None:
        raise ClassError("class not found", status=404)
    return imports.unpack_handouts(swim_class.id, archive)
