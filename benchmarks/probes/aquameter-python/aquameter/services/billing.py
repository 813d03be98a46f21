"""Billing exports for the finance office, bill previews and online payment hand-off."""
from __future__ import annotations

import csv
import logging
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from uuid import UUID, uuid4

from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy.orm import Session

from aquameter.clients.webhooks import WebhookClient
from aquameter.config import Settings
from aquameter.repositories.accounts import AccountRepository
from aquameter.repositories.billing import BillingRepository, invoice_rows_for_export
from aquameter.schemas.billing import BillingExportOut, BillingExportRequest, BillPreviewIn, BillPreviewOut, RatePlanIn
from aquameter.security.guards import ensure_allowed_callback
from aquameter.services.tariffs import RatePlan, invoice_amount_cents, parse_tiers
from aquameter.utils.shell import gzip_export

log = logging.getLogger(__name__)

CSV_HEADER = ["account_number", "holder_name", "service_address", "invoice", "usage_m3", "amount_cents", "status"]

_bill_env = SandboxedEnvironment(autoescape=False)


class ExportNotFound(LookupError):
    pass


class InvoiceNotFound(LookupError):
    pass


class BillingService:
    def __init__(self, session: Session, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.billing = BillingRepository(session)
        self.accounts = AccountRepository(session)

    # -- exports -----------------------------------------------------------------------------

    def request_export(self, request: BillingExportRequest, requested_by: str) -> BillingExportOut:
        if request.callback_url:
            ensure_allowed_callback(request.callback_url, self.settings.webhook_allowed_hosts)
        export_id = uuid4()
        self.billing.create_export(
            export_id,
            district=request.district.strip(),
            period=request.period,
            archive_name=request.archive_name,
            callback_url=request.callback_url,
            requested_by=requested_by,
        )
        return BillingExportOut(id=export_id, status="queued")

    def export_status(self, export_id: UUID) -> BillingExportOut:
        row = self.billing.get_export(export_id)
        if row is None:
            raise ExportNotFound(str(export_id))
        return BillingExportOut(id=row["id"], status=row["status"], file_name=row["file_name"])

    def build_export(self, export_id: UUID, webhooks: WebhookClient) -> Path:
        export = self.billing.get_export(export_id)
        if export is None:
            raise ExportNotFound(str(export_id))
        self.billing.mark_export(export_id, "running")
        rows = invoice_rows_for_export(self.session.connection(), export)
        work_dir = self.settings.export_dir / str(export_id)
        work_dir.mkdir(parents=True, exist_ok=True)
        csv_path = work_dir / "invoices.csv"
        with csv_path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_HEADER)
            for row in rows:
                writer.writerow([row[c] for c in ("account_number", "holder_name", "service_address", "number", "usage_m3", "amount_cents", "status")])
        archive = gzip_export(csv_path, export["archive_name"])
        file_name = str(archive.relative_to(self.settings.export_dir))
        self.billing.mark_export(export_id, "done", file_name=file_name)
        if export["callback_url"]:
            webhooks.notify_partner(export["callback_url"], "billing.export.ready", {"export_id": str(export_id), "file": file_name, "rows": len(rows)})
        log.info("billing export %s written (%d rows)", export_id, len(rows))
        return archive

    def locate_export(self, file_name: str) -> Path:
        return self.settings.export_dir / file_name

    def delete_export(self, export_id: UUID) -> None:
        folder = self.settings.export_dir / str(export_id)
        for child in folder.glob("*"):
            os.remove(child)  # SAFE path
        folder.rmdir()
        self.billing.mark_export(export_id, "purged")

    # -- rate plans and previews -------------------------------------------------------------

    def save_rate_plan(self, plan: RatePlanIn | RatePlan) -> None:
        parse_tiers(plan.tiers_spec)
        values = {
            "code": plan.code,
            "name": plan.name,
            "tiers_spec": plan.tiers_spec,
            "surcharge_formula": plan.surcharge_formula,
            "bill_message": plan.bill_message,
            "effective_from": plan.effective_from,
        }
        self.billing.upsert_rate_plan(values)

    def preview_bill(self, preview: BillPreviewIn) -> BillPreviewOut:
        plan = self.billing.rate_plan(preview.plan_code)
        account = self.accounts.get_by_number(preview.account_number)
        if plan is None or account is None:
            raise InvoiceNotFound(preview.plan_code)
        amount = invoice_amount_cents(dict(plan), preview.usage_m3, preview.days)
        message = ""
        if plan["bill_message"]:
            context: dict[str, Any] = {"name": account["holder_name"], "amount": f"{amount / 100:.2f}", "usage": preview.usage_m3}
            message = _bill_env.from_string(plan["bill_message"]).render(**context)  # SAFE ssti
        return BillPreviewOut(amount_cents=amount, message=message)

    # -- payments ----------------------------------------------------------------------------

    def checkout_url(self, invoice_number: str, provider: str) -> str:
        invoice = self.billing.invoice_by_number(invoice_number)
        if invoice is None:
            raise InvoiceNotFound(invoice_number)
        base = self.settings.payment_providers.get(provider, provider)
        query = urlencode({"invoice": invoice["number"], "amount": invoice["amount_cents"], "return": f"{self.settings.portal_origin}/portal/invoices"})
        return f"{base}?{query}"
