import logging
import uuid
from datetime import date, timedelta

from celery import shared_task
from django.utils import timezone

from .clearinghouse import ClearinghouseClient
from .exporters import DEFAULT_EXPORT_COLUMNS, ExportError, encrypt_export, render_invoice_pdf, write_claims_csv
from .models import BillingExport, PayerProfile
from .reporting_db import ReportingRepository

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=2, default_retry_delay=600)
def generate_claims_export(self, export_id: str, gpg_recipient: str | None = None) -> str:
    export = BillingExport.objects.select_related("payer").get(pk=uuid.UUID(export_id))
    export.status = BillingExport.Status.RUNNING
    export.save(update_fields=["status"])

    try:
        rows = ReportingRepository().claims_export_rows(
            export.payer.code, export.period_start, export.period_end, DEFAULT_EXPORT_COLUMNS
        )
        path = write_claims_csv(export.id, rows)
        render_invoice_pdf(export, rows)
        if gpg_recipient:
            path = encrypt_export(path, gpg_recipient)
            export.encrypted = True
        if export.payer.submit_via_clearinghouse:
            client = ClearinghouseClient()
            try:
                client.submit_batch(path, export.payer.code, str(export.id))
            finally:
                client.close()
            export.status = BillingExport.Status.SUBMITTED
        else:
            export.status = BillingExport.Status.READY
        export.row_count = len(rows)
    except ExportError as exc:
        logger.error("export %s failed: %s", export.id, exc)
        export.status = BillingExport.Status.FAILED
        export.error = str(exc)
    export.finished_at = timezone.now()
    export.save()
    return export.status


@shared_task
def nightly_exports() -> int:
    """Queue last month's export for every active payer on the first of the month."""
    today = date.today()
    if today.day != 1:
        return 0
    last_month_end = today - timedelta(days=1)
    start = last_month_end.replace(day=1)
    queued = 0
    for payer in PayerProfile.objects.filter(active=True):
        if BillingExport.objects.filter(payer=payer, period_start=start, period_end=last_month_end).exists():
            continue
        export = BillingExport.objects.create(payer=payer, period_start=start, period_end=last_month_end)
        generate_claims_export.delay(str(export.id), payer.gpg_recipient or None)
        queued += 1
    return queued
