"""Background jobs. Run with ``dramatiq pawchart.jobs.actors``."""
from __future__ import annotations

import asyncio
import logging
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import dramatiq
from motor.motor_asyncio import AsyncIOMotorClient
from sqlalchemy import select

from pawchart.config import get_settings
from pawchart.jobs import broker as _broker  # noqa: F401  (registers the broker)
from pawchart.models.orm import Clinic, Owner, Pet, Prescription, StaffUser, Webhook
from pawchart.repositories.lab_repo import LabRepository
from pawchart.services.label_printer import LabelPrinter, RxLabel
from pawchart.services.lab_archive import ArchiveError, extract_archive
from pawchart.services.webhook_delivery import deliver
from pawchart.util import xmlutil

log = logging.getLogger(__name__)


def _session():
    from pawchart.db import SessionLocal

    return SessionLocal()


@dramatiq.actor(queue_name="labels", max_retries=3, time_limit=60_000)
def print_rx_label(rx_id: int, printer: str, copies: int = 1) -> None:
    settings = get_settings()
    with _session() as session:
        row = session.execute(
            select(Prescription, Pet, Owner, Clinic, StaffUser)
            .join(Pet, Pet.id == Prescription.pet_id)
            .join(Owner, Owner.id == Pet.owner_id)
            .join(Clinic, Clinic.id == Prescription.clinic_id)
            .join(StaffUser, StaffUser.id == Prescription.vet_id)
            .where(Prescription.id == rx_id)
        ).first()
        if row is None:
            log.warning("prescription %s vanished before printing", rx_id)
            return
        rx, pet, owner, clinic, vet = row
        label = RxLabel(
            clinic_name=clinic.name,
            pet_name=pet.name,
            owner_name=owner.full_name,
            drug_name=rx.drug_name,
            strength=rx.strength,
            directions=rx.instructions or f"{rx.dose_mg} mg {rx.frequency}",
            quantity=rx.quantity,
            vet_name=vet.display_name,
            issued=f"{rx.issued_at:%d/%m/%Y}" if rx.issued_at else f"{date.today():%d/%m/%Y}",
        )
    device = LabelPrinter(settings)
    path = device.render(label)
    try:
        device.print_file(path, printer, copies)
    finally:
        path.unlink(missing_ok=True)


async def _store_lab_docs(docs: list[dict[str, Any]], reports: list[tuple[int, str, str]]) -> int:
    settings = get_settings()
    client = AsyncIOMotorClient(settings.mongo_url, tz_aware=True)
    try:
        repo = LabRepository(client[settings.mongo_db])
        for clinic_id, xml_text, source in reports:
            await repo.save_report(clinic_id, xml_text, source)
        return await repo.insert_results(docs)
    finally:
        client.close()


@dramatiq.actor(queue_name="labs", max_retries=2, time_limit=600_000)
def import_lab_archive(archive_path: str, clinic_id: int, job_id: str) -> None:
    settings = get_settings()
    archive = Path(archive_path)
    workdir = settings.lab_inbox / "work" / job_id
    try:
        files = extract_archive(archive, workdir)
    except (ArchiveError, OSError):
        log.exception("lab archive %s could not be unpacked", job_id)
        return
    docs: list[dict[str, Any]] = []
    reports: list[tuple[int, str, str]] = []
    for path in files:
        if path.suffix.lower() != ".xml":
            continue
        data = path.read_bytes()
        root = xmlutil.parse_analyzer_export(data)
        docs.extend(xmlutil.results_from_report(root, clinic_id, source=f"archive:{job_id}"))
        reports.append((clinic_id, data.decode("utf-8", errors="replace"), f"archive:{job_id}"))
    stored = asyncio.run(_store_lab_docs(docs, reports))
    log.info("lab archive %s: %d files, %d results stored", job_id, len(files), stored)
    shutil.rmtree(workdir, ignore_errors=True)
    archive.unlink(missing_ok=True)


@dramatiq.actor(queue_name="webhooks", max_retries=5, min_backoff=5_000, max_backoff=600_000)
def deliver_webhook(webhook_id: int, event: str, payload: dict[str, Any]) -> None:
    with _session() as session:
        hook = session.get(Webhook, webhook_id)
        if hook is None or not hook.active:
            return
        target_url, secret = hook.target_url, hook.secret
    status = deliver(target_url, secret, event, payload)
    log.info("webhook %s (%s) delivered: HTTP %s", webhook_id, event, status)
