"""`audit_record`: the one way to write an audit event."""

from __future__ import annotations

import logging
from typing import Any

from django.db import models
from django.http import HttpRequest

from tracesec.accounts.models import User
from tracesec.audit.models import AuditEvent
from tracesec.organizations.models import Organization

logger = logging.getLogger(__name__)


def client_ip(request: HttpRequest | None) -> str | None:
    """The peer address. Behind a proxy, configure the proxy to set REMOTE_ADDR (e.g. gunicorn
    `--forwarded-allow-ips`); we do not trust X-Forwarded-For blindly."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    action: str,
    organization: Organization | None = None,
    actor: User | None = None,
    target: models.Model | None = None,
    target_label: str = "",
    data: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Record `action` (see `AuditAction`). `data` must hold no secrets (ids, names, roles).

    Call it inside the service's transaction so the event and the change commit together.
    """
    event = AuditEvent.objects.create(
        organization=organization,
        actor=actor,
        actor_email=actor.email if actor is not None else "",
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=(target_label or (str(target) if target is not None else ""))[:200],
        data=data or {},
        ip_address=client_ip(request),
    )
    logger.info(
        "audit.recorded",
        extra={
            "action": action,
            "organization_id": organization.pk if organization is not None else None,
            "audit_event_id": event.pk,
        },
    )
    return event
