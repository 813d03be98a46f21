"""Notification settings, webhook endpoints, and fanning a notification out to them.

``notify`` writes one delivery row per endpoint and enqueues the deliveries and the email
once the caller's transaction commits: a rolled-back scan notifies no one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from tracesec.audit.services import audit_record
from tracesec.common.tasks import enqueue_on_commit
from tracesec.findings.models import Finding, Status
from tracesec.notifications import events
from tracesec.notifications.destinations import check_webhook_url
from tracesec.notifications.events import Notification
from tracesec.notifications.models import (
    NotificationSettings,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookFormat,
)
from tracesec.notifications.secrets import secret_seal
from tracesec.notifications.signing import new_secret
from tracesec.notifications.tasks import notification_email_send, webhook_deliver
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role

logger = logging.getLogger(__name__)

ALERT_SEVERITIES = ("critical", "high")


def notification_settings_get(*, organization_id: int) -> NotificationSettings:
    found, _ = NotificationSettings.objects.get_or_create(organization_id=organization_id)
    return found


def notification_settings_update(
    *, actor: Membership, email_enabled: bool, request: Any | None = None
) -> NotificationSettings:
    require_role(actor, Role.ADMIN)
    current = notification_settings_get(organization_id=actor.organization_id)
    current.email_enabled = email_enabled
    current.save(update_fields=["email_enabled", "updated_at"])
    audit_record(
        action="notifications.settings_changed",
        organization=actor.organization,
        actor=actor.user,
        data={"email_enabled": email_enabled},
        request=request,
    )
    return current


def webhook_endpoint_create(
    *, actor: Membership, url: str, fmt: str, request: Any | None = None
) -> tuple[WebhookEndpoint, str]:
    """A new endpoint and its signing secret, returned once and then only stored sealed."""
    require_role(actor, Role.ADMIN)
    check_webhook_url(url)
    secret = new_secret()
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.create(
            organization_id=actor.organization_id,
            url=url,
            format=WebhookFormat(fmt),
            secret_ciphertext=b"",
            created_by=actor.user,
        )
        secret_seal(endpoint, secret)
        endpoint.save(update_fields=["secret_ciphertext", "secret_key_id", "secret_hint"])
        audit_record(
            action="notifications.webhook_created",
            organization=actor.organization,
            actor=actor.user,
            target=endpoint,
            data={"url": url, "format": fmt},
            request=request,
        )
    return endpoint, secret


def webhook_endpoint_delete(
    *, actor: Membership, endpoint: WebhookEndpoint, request: Any | None = None
) -> None:
    require_role(actor, Role.ADMIN)
    with transaction.atomic():
        audit_record(
            action="notifications.webhook_deleted",
            organization=actor.organization,
            actor=actor.user,
            data={"url": endpoint.url},
            request=request,
        )
        endpoint.delete()


def notify(notification: Notification) -> int:
    """Queue ``notification`` for the organization's email and webhooks; deliveries made."""
    settings_row = notification_settings_get(organization_id=notification.organization_id)
    if settings_row.email_enabled:
        enqueue_on_commit(
            notification_email_send,
            organization_id=notification.organization_id,
            notification=notification.to_json(),
        )
    endpoints = list(WebhookEndpoint.objects.filter(organization_id=notification.organization_id))
    for endpoint in endpoints:
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event=notification.kind, payload=notification.to_json()
        )
        enqueue_on_commit(webhook_deliver, delivery_id=delivery.pk)
    logger.info(
        "notifications.queued",
        extra={
            "event": notification.kind,
            "organization_id": notification.organization_id,
            "webhooks": len(endpoints),
        },
    )
    return len(endpoints)


def notify_new_findings(*, scan: Any) -> None:
    """After a default-branch scan is recorded: its new critical and high findings."""
    repository = scan.repository
    if scan.branch and repository.default_branch and scan.branch != repository.default_branch:
        return
    from_scan = list(
        scan_new_alerts(scan_id=scan.pk, repository_id=repository.pk).order_by(
            "-severity_rank", "path", "start_line"
        )
    )
    if from_scan:
        notify(events.new_findings(repository=repository, findings=from_scan))


def scan_new_alerts(*, scan_id: int, repository_id: int) -> QuerySet[Finding]:
    return Finding.objects.filter(
        repository_id=repository_id,
        first_seen_scan_id=scan_id,
        severity__in=ALERT_SEVERITIES,
        status=Status.OPEN,
    )


def notify_advisory_hits(*, organization_id: int, findings: Sequence[Finding]) -> None:
    """After an advisory update opened ``findings`` in the organization's repositories:
    one notification per organization and update, however many repositories it hit."""
    if findings:
        ranked = sorted(
            findings,
            key=lambda f: (-f.severity_rank, f.repository.full_name, f.path, f.start_line),
        )
        notify(events.advisory_hits(organization_id=organization_id, findings=ranked))


def notify_connection_inactive(*, connection: Any) -> None:
    notify(events.connection_inactive(connection=connection))
