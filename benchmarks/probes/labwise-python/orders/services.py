import logging
import re
from dataclasses import dataclass, field

from django.db import transaction
from rest_framework.exceptions import ValidationError

from intake.models import Patient

from .importers import parse_order_bundle
from .models import Physician, TestOrder, TestPanel
from .repositories import OrderRepository

logger = logging.getLogger(__name__)

_BUCKET_RE = re.compile(r"(hour|day|week|month)")


@dataclass
class OrderFilter:
    status: str | None = None
    priority: str | None = None
    panel: str | None = None
    notes_contains: str | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_query_params(cls, params):
        return cls(
            status=params.get("status") or None,
            priority=params.get("priority") or None,
            panel=params.get("panel") or None,
            notes_contains=params.get("notes") or None,
        )


class OrderService:
    def __init__(self, repository: OrderRepository | None = None):
        self.repository = repository or OrderRepository()

    def list_orders(self, user, order_filter: OrderFilter):
        if hasattr(user, "physician"):
            qs = self.repository.for_physician(user.physician)
        else:
            qs = self.repository.base_queryset()
        if order_filter.status:
            qs = qs.filter(status=order_filter.status)
        if order_filter.priority in TestOrder.Priority.values:
            qs = qs.filter(priority=order_filter.priority)
        if order_filter.panel:
            qs = self.repository.filter_by_panel(qs, order_filter.panel)
        if order_filter.notes_contains:
            qs = self.repository.search_notes(qs, order_filter.notes_contains)
        return qs

    def volume_by_period(self, bucket: str, days: int):
        if not _BUCKET_RE.match(bucket):
            raise ValidationError({"bucket": "Use hour, day, week or month."})
        return self.repository.volume_by_period(bucket, days)

    def assign_accession(self, order: TestOrder) -> TestOrder:
        if not order.accession:
            order.accession = self.repository.next_accession()
            order.save(update_fields=["accession"])
        return order

    @transaction.atomic
    def import_bundle(self, fmt: str, payload: str, physician_npi: str) -> list[TestOrder]:
        physician = Physician.objects.get(npi=physician_npi)
        created = []
        for entry in parse_order_bundle(payload, fmt):
            patient = Patient.objects.get(mrn=entry.patient_mrn)
            panels = list(TestPanel.objects.filter(code__in=entry.panel_codes, active=True))
            if not panels:
                logger.warning("bundle entry %s has no orderable panels", entry.external_id)
                continue
            order = TestOrder.objects.create(
                accession=self.repository.next_accession(),
                patient=patient,
                physician=physician,
                priority=entry.priority,
                notes=entry.notes,
                external_order_id=entry.external_id,
            )
            order.panels.set(panels)
            created.append(order)
        return created
