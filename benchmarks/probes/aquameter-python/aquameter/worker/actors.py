"""Dramatiq actors. Messages carry ids and paths only; state lives in the database."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from uuid import UUID

import dramatiq

from aquameter.worker.broker import broker  # noqa: F401  (registers the broker)
from aquameter.clients.webhooks import WebhookClient
from aquameter.config import get_settings
from aquameter.db import session_scope
from aquameter.security.guards import require_district_code
from aquameter.services.billing import BillingService
from aquameter.services.imports import ImportService
from aquameter.services.leaks import LeakService
from aquameter.services.notifications import NotificationService
from aquameter.services.readings import ReadingService
from aquameter.services.tariffs import load_rate_plan
from aquameter.services.vendor_import import parse_ami_export
from aquameter.utils import shell, storage

log = logging.getLogger("aquameter.worker")


def _webhooks() -> WebhookClient:
    return WebhookClient(get_settings().webhook_allowed_hosts)


@dramatiq.actor(queue_name="billing", max_retries=2)
def run_billing_export(export_id: str) -> None:
    settings = get_settings()
    with session_scope() as session:
        BillingService(session, settings).build_export(UUID(export_id), _webhooks())


@dramatiq.actor(queue_name="imports")
def unpack_reading_bundle(batch_id: str, bundle_path: str) -> None:
    settings = get_settings()
    dest = settings.import_dir / "bundles" / batch_id
    files = storage.unpack_reading_bundle(Path(bundle_path), dest)
    serials: set[str] = set()
    with session_scope() as session:
        readings = ReadingService(session, settings)
        for path in files:
            if path.suffix.lower() == ".csv":
                serials |= readings.ingest_csv(path)
            else:
                readings.store_vendor_batch(parse_ami_export(path.read_bytes()))
        ImportService(session, settings).mark(UUID(batch_id), "done", f"{len(files)} files")
    if serials:
        evaluate_leaks.send(sorted(serials))


@dramatiq.actor(queue_name="alerts")
def evaluate_leaks(serials: list[str]) -> None:
    with session_scope() as session:
        alert_ids = LeakService(session).evaluate(serials)
    for alert_id in alert_ids:
        dispatch_leak_alert.send(alert_id)


@dramatiq.actor(queue_name="alerts", max_retries=5)
def dispatch_leak_alert(alert_id: int) -> None:
    with session_scope() as session:
        delivered = NotificationService(session, _webhooks()).dispatch_leak_alert(alert_id)
    log.info("alert %s delivered to %d endpoints", alert_id, delivered)


@dramatiq.actor(queue_name="imports")
def import_gis_layer(batch_id: str, archive_path: str, district_code: str) -> None:
    settings = get_settings()
    district = require_district_code(district_code)
    layer_dir = storage.unpack_gis_layer(Path(archive_path), settings.import_dir / "gis" / batch_id)
    shell.render_district_tiles(layer_dir, settings.tile_dir / district / "base.png")
    result = shell.build_district_overview(district, settings.tile_dir / district)
    with session_scope() as session:
        ImportService(session, settings).mark(UUID(batch_id), "done" if result.ok else "failed", result.output[-500:])


@dramatiq.actor(queue_name="imports")
def import_vendor_archive(batch_id: str, archive_path: str) -> None:
    settings = get_settings()
    files = storage.unpack_vendor_archive(Path(archive_path), settings.import_dir / "vendor" / batch_id)
    with session_scope() as session:
        readings = ReadingService(session, settings)
        total = sum(readings.store_vendor_batch(parse_ami_export(p.read_bytes())) for p in files)
        ImportService(session, settings).mark(UUID(batch_id), "done", f"{total} reads")


@dramatiq.actor(queue_name="imports")
def unpack_photo_batch(batch_id: str, archive_path: str, serial: str) -> None:
    settings = get_settings()
    written = storage.unpack_photo_batch(Path(archive_path), settings.photo_dir / serial)
    with session_scope() as session:
        ImportService(session, settings).mark(UUID(batch_id), "done", f"{len(written)} photos")


@dramatiq.actor(queue_name="billing")
def apply_rate_plan(batch_id: str, document_path: str) -> None:
    settings = get_settings()
    plan = load_rate_plan(Path(document_path).read_text(encoding="utf-8"))
    with session_scope() as session:
        BillingService(session, settings).save_rate_plan(plan)
        ImportService(session, settings).mark(UUID(batch_id), "done", plan.code)


def main() -> None:
    from dramatiq.cli import main as dramatiq_main

    sys.argv = ["dramatiq", "aquameter.worker.actors", *sys.argv[1:]]
    dramatiq_main()
