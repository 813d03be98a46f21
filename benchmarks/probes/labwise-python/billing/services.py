import calendar
import logging
import re
from datetime import date
from decimal import Decimal

from django.db import transaction
from rest_framework.exceptions import ValidationError

from .models import BillingExport, PayerProfile
from .reporting_db import ReportingRepository

logger = logging.getLogger(__name__)

REVENUE_BUCKETS = r"day|week|month|quarter|year"


def parse_period(value: str) -> tuple[date, date]:
    """'2024-05' -> first and last day of May 2024; '2024-05-01:2024-05-15' -> explicit range."""
    try:
        if ":" in value:
            start_s, end_s = value.split(":", 1)
            start, end = date.fromisoformat(start_s), date.fromisoformat(end_s)
        else:
            year, month = (int(p) for p in value.split("-", 1))
            start = date(year, month, 1)
            end = date(year, month, calendar.monthrange(year, month)[1])
    except ValueError as exc:
        raise ValidationError({"period": f"invalid period {value!r}"}) from exc
    if end < start:
        raise ValidationError({"period": "period ends before it starts"})
    return start, end


class BillingService:
    def __init__(self, repository: ReportingRepository | None = None):
        self.repository = repository or ReportingRepository()

    def claims_summary(self, payer_code: str, period: str) -> dict:
        start, end = parse_period(period)
        claims = self.repository.claims_for_payer(payer_code, start, end)
        billed = sum((Decimal(c["billed_amount"] or 0) for c in claims), Decimal("0"))
        paid = sum((Decimal(c["paid_amount"] or 0) for c in claims), Decimal("0"))
        return {
            "payer": payer_code,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "claims": len(claims),
            "billed": str(billed),
            "paid": str(paid),
            "rows": claims,
        }

    def revenue(self, bucket: str, period: str) -> list[dict]:
        if not re.fullmatch(REVENUE_BUCKETS, bucket):
            raise ValidationError({"bucket": "Use day, week, month, quarter or year."})
        start, end = parse_period(period)
        return self.repository.revenue_by_period(bucket, start, end)

    def preview_export(self, payer: PayerProfile, period: str, columns: list[str], limit: int = 50) -> list[dict]:
        start, end = parse_period(period)
        rows = self.repository.claims_export_rows(payer.code, start, end, columns)
        return rows[:limit]

    def denials(self, payer: PayerProfile, period: str) -> list[dict]:
        start, end = parse_period(period)
        return self.repository.denial_reasons(payer.code, start, end)


class ExportService:
    @transaction.atomic
    def queue_export(self, payer: PayerProfile, period: str, user, recipient: str | None = None) -> BillingExport:
        from .tasks import generate_claims_export

        start, end = parse_period(period)
        export = BillingExport.objects.create(payer=payer, period_start=start, period_end=end, requested_by=user)
        gpg_recipient = recipient or payer.gpg_recipient or None
        transaction.on_commit(lambda: generate_claims_export.delay(str(export.id), gpg_recipient))
        logger.info("queued export %s for payer %s", export.id, payer.code)
        return export
