from __future__ import annotations

from django.db.models import QuerySet

from tracesec.audit.models import AuditEvent
from tracesec.organizations.models import Organization


def audit_event_list(*, organization: Organization) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(organization=organization).order_by("-created_at", "-id")
