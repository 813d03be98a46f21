"""Business logic for permit applications."""
import logging
from datetime import datetime

from ..db import session_scope
from ..models import Permit, PermitCategory, PermitStatus
from ..repositories.permit_repo import PermitRepository

log = logging.getLogger(__name__)


class PermitError(Exception):
    pass


def _next_reference(session) -> str:
    year = datetime.utcnow().year
    count = session.query(Permit).count()
    return f"CL-{year}-{count + 1:06d}"


def submit_application(form: dict) -> dict:
    try:
        category = PermitCategory(form.get("category", ""))
    except ValueError as exc:
        raise PermitError("unknown permit category") from exc
    with session_scope() as session:
        repo = PermitRepository(session)
        permit = repo.create(
            reference=_next_reference(session),
            applicant_name=form["applicant_name"].strip(),
            site_address=form["site_address"].strip(),
            district=int(form["district"]),
            category=category,
            notes=form.get("notes", ""),
        )
        log.info("permit %s submitted by %s", permit.reference, permit.applicant_name)
        return {"id": permit.id, "reference": permit.reference}


def search(criteria: dict) -> list[dict]:
    address = criteria.get("address", "").strip()
    if len(address) < 3:
        return []
    with session_scope() as session:
        return PermitRepository(session).search_by_address(address, limit=criteria.get("limit", 50))


def permits_in_district(district: int, status: str | None) -> list[dict]:
    status_enum = PermitStatus(status) if status in PermitStatus._value2member_map_ else None
    with session_scope() as session:
        permits = PermitRepository(session).in_district(district, status_enum)
        return [
            {"id": p.id, "reference": p.reference, "status": p.status.value, "address": p.site_address}
            for p in permits
        ]


def load_detail(permit_id: int) -> dict | None:
    with session_scope() as session:
        repo = PermitRepository(session)
        permit = repo.get(permit_id)
        if permit is None:
            return None
        return {
            "id": permit.id,
            "reference": permit.reference,
            "applicant_name": permit.applicant_name,
            "site_address": permit.site_address,
            "district": permit.district,
            "category": permit.category.value,
            "status": permit.status.value,
            "notes": permit.notes or "",
            "fees": repo.fee_schedule_rows(permit.id),
            "inspections": [
                {"inspector": i.inspector, "when": i.scheduled_for.isoformat(), "outcome": i.outcome}
                for i in permit.inspections
            ],
        }


def add_reviewer_notes(permit_id: int, notes: str) -> None:
    with session_scope() as session:
        repo = PermitRepository(session)
        permit = repo.get(permit_id)
        if permit is None:
            raise PermitError("permit not found")
        repo.update_notes(permit, notes)


def decide(permit_id: int, approve: bool) -> str:
    with session_scope() as session:
        repo = PermitRepository(session)
        permit = repo.get(permit_id)
        if permit is None:
            raise PermitError("permit not found")
        if permit.status not in (PermitStatus.SUBMITTED, PermitStatus.UNDER_REVIEW):
            raise PermitError(f"permit already {permit.status.value}")
        repo.set_status(permit, PermitStatus.APPROVED if approve else PermitStatus.REJECTED)
        return permit.status.value
