"""School visit requests: validation, capacity, and follow-up paperwork."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Optional

from millrace.db import session_scope
from millrace.dto import DocumentJob, SchoolVisitRequest
from millrace.models import School, SchoolVisit
from millrace.repositories.school_repo import SchoolRepository
from millrace.security.tokens import manage_link_token
from millrace.util.text import YEAR_GROUPS, valid_title, valid_urn

log = logging.getLogger(__name__)

WORKSHOPS = {
    "grain-to-flour": "Grain to Flour",
    "waterwheel-science": "Waterwheel Science",
    "victorian-miller": "A Day as a Victorian Miller",
}
MAX_PUPILS_PER_DAY = 120
ADULT_RATIO = 6


class VisitError(Exception):
    pass


@dataclass
class VisitCreated:
    visit_id: int
    manage_token: str
    document: DocumentJob


class SchoolVisitService:
    def candidate_schools(self, urn: str, name: str) -> list[dict]:
        if not valid_urn(urn):
            raise VisitError("URN must be the six-digit DfE number")
        with session_scope() as session:
            return SchoolRepository(session).match_school(urn, name)

    def request_visit(self, req: SchoolVisitRequest, website: Optional[str] = None) -> VisitCreated:
        if req.workshop not in WORKSHOPS:
            raise VisitError("unknown workshop")
        if req.year_group not in YEAR_GROUPS:
            raise VisitError("unknown year group")
        if req.adults * ADULT_RATIO < req.pupils:
            raise VisitError(f"we need at least one adult per {ADULT_RATIO} pupils")
        if not valid_title(req.school_name):
            raise VisitError("please give the school's name")
        with session_scope() as session:
            repo = SchoolRepository(session)
            if repo.pupils_booked(req.visit_date) + req.pupils > MAX_PUPILS_PER_DAY:
                raise VisitError("that day is full for schools; try another date")
            school = repo.upsert(School(urn=req.school_urn, name=req.school_name, local_authority="unknown", contact_email=req.teacher_email, website=website))
            token = manage_link_token()
            visit = repo.add_visit(
                SchoolVisit(
                    school_id=school.id,
                    visit_date=req.visit_date,
                    year_group=req.year_group,
                    pupils=req.pupils,
                    adults=req.adults,
                    workshop=req.workshop,
                    teacher_name=req.teacher_name,
                    teacher_email=req.teacher_email,
                    access_notes=req.access_notes,
                    manage_token=token,
                )
            )
            job = DocumentJob(
                kind="visit-letter",
                reference=f"SV{visit.id:05d}",
                title=f"{req.school_name} visit {req.visit_date:%d %b %Y}",
                extra={"workshop": WORKSHOPS[req.workshop], "teacher": req.teacher_name},
            )
            log.info("school visit %s requested", visit.id)
            return VisitCreated(visit.id, token, job)

    def visit_for_token(self, token: str) -> Optional[tuple[SchoolVisit, School]]:
        with session_scope() as session:
            repo = SchoolRepository(session)
            visit = repo.visit_by_token(token)
            if visit is None:
                return None
            school = session.get(School, visit.school_id)
            session.expunge_all()
            return visit, school

    def upcoming(self) -> list[tuple[SchoolVisit, School]]:
        with session_scope() as session:
            rows = list(SchoolRepository(session).upcoming())
            session.expunge_all()
            return rows

    def available_days(self, start: date, days: int = 28) -> list[date]:
        from datetime import timedelta

        free = []
        with session_scope() as session:
            repo = SchoolRepository(session)
            for offset in range(days):
                day = start + timedelta(days=offset)
                if day.weekday() < 5 and repo.pupils_booked(day) < MAX_PUPILS_PER_DAY:
                    free.append(day)
        return free
