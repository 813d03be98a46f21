"""Celery tasks. Arguments are JSON; DTOs are rebuilt on this side of the queue."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from millrace.db import session_scope
from millrace.dto import DocumentJob, PartnerEvent, ReportSpec
from millrace.models import SavedReport, School
from millrace.repositories.partner_repo import PartnerRepository
from millrace.repositories.school_repo import SchoolRepository
from millrace.services import documents, outbound, rendering, reports
from millrace.services.basket import restore_legacy_snapshot
from millrace.services.school_service import WORKSHOPS
from millrace.workers.celery_app import celery_app

log = logging.getLogger(__name__)


@celery_app.task(bind=True, max_retries=3, default_retry_delay=60)
def render_visit_letter(self, visit_id: int, job_data: dict[str, Any]) -> str:
    job = DocumentJob(**job_data)
    with session_scope() as session:
        repo = SchoolRepository(session)
        visit = repo.visit(visit_id)
        if visit is None:
            log.warning("visit %s vanished before its letter was rendered", visit_id)
            return ""
        school = session.get(School, visit.school_id)
        html = rendering.render_visit_letter(visit, school, WORKSHOPS.get(visit.workshop, visit.workshop))
    try:
        return str(documents.render_visit_letter(job, html))
    except documents.DocumentError as exc:
        raise self.retry(exc=exc)


@celery_app.task
def render_receipt(job_data: dict[str, Any], html: str) -> str:
    return str(documents.render_receipt(DocumentJob(**job_data), html))


@celery_app.task(bind=True, max_retries=5, default_retry_delay=120)
def notify_partner(self, event_data: dict[str, Any]) -> int:
    event = PartnerEvent(**event_data)
    with session_scope() as session:
        partner = PartnerRepository(session).by_slug(event.partner_slug)
        callback = event.callback_url or (partner.callback_url if partner else None)
    if not callback:
        return 0
    try:
        return asyncio.run(outbound.deliver_webhook(callback, event.event, event.payload))
    except Exception as exc:  # network trouble: retry later
        raise self.retry(exc=exc)


@celery_app.task
def send_partner_confirmation(partner_slug: str, context: dict[str, Any]) -> str:
    with session_scope() as session:
        partner = PartnerRepository(session).by_slug(partner_slug)
        template = partner.email_template if partner else None
    html = rendering.render_partner_confirmation(template, **context)
    log.info("partner confirmation for %s rendered (%d bytes)", context.get("reference"), len(html))
    return html


@celery_app.task
def run_saved_report(report_id: int) -> str:
    spec = reports.load_spec(report_id)
    rows = reports.run_report(spec)
    return str(reports.write_csv(report_id, rows))


@celery_app.task
def run_adhoc_report(spec_data: dict[str, Any]) -> list[dict[str, Any]]:
    spec = ReportSpec.from_message(spec_data)
    return reports.run_report(spec)


@celery_app.task
def run_all_saved_reports() -> int:
    from sqlmodel import select

    with session_scope() as session:
        ids = [r.id for r in session.exec(select(SavedReport)).all()]
    for report_id in ids:
        run_saved_report.delay(report_id)
    return len(ids)


@celery_app.task
def basket_reminder(email: str, snapshot: str, legacy: bool = False) -> dict[str, Any]:
    from millrace.services.basket import Basket

    basket = restore_legacy_snapshot(snapshot) if legacy else Basket.from_cookie(snapshot)
    lines = [{"ticket": l.ticket_code, "qty": l.quantity} for l in basket.lines]
    html = rendering.render_email("basket_reminder.html", email=email, lines=lines, visit_date=basket.visit_date)
    return {"to": email, "html": html}


@celery_app.task
def sweep_basket_reminders() -> int:
    log.info("basket reminder sweep: nothing queued in-process")
    return 0


@celery_app.task
def push_coach_manifest(manifest: dict[str, Any]) -> bool:
    return asyncio.run(outbound.push_agency_manifest(manifest))
