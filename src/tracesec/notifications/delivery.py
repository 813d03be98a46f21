"""Sending: one webhook attempt (signed POST) and one notification email.

A failed attempt (network error, timeout, non-2xx) is retried with exponential back-off
up to ``MAX_ATTEMPTS``; the task re-enqueues itself at ``next_attempt_at``. The response
body is never stored: only the status code and a short error.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

import httpx
from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from tracesec.kms import KmsError
from tracesec.notifications.destinations import WebhookTarget, WebhookUrlRefused, webhook_target
from tracesec.notifications.events import Notification
from tracesec.notifications.models import DeliveryStatus, WebhookDelivery
from tracesec.notifications.payloads import email_text, webhook_body
from tracesec.notifications.secrets import secret_open
from tracesec.notifications.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signature,
)
from tracesec.organizations.models import Membership, Role

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def retry_delay(attempts: int) -> timedelta:
    """Back-off after the ``attempts``-th failure: base, 2 * base, 4 * base, ..."""
    base = float(getattr(settings, "TRACE_WEBHOOK_RETRY_BASE_SECONDS", 30))
    return timedelta(seconds=base * 2 ** (attempts - 1))


def _post(target: WebhookTarget, body: bytes, headers: dict[str, str]) -> httpx.Response:
    extensions = {"sni_hostname": target.sni_hostname} if target.sni_hostname else {}
    with httpx.Client(timeout=TIMEOUT, follow_redirects=False) as client:
        return client.post(
            target.url,
            content=body,
            headers={**headers, "Host": target.host_header},
            extensions=extensions,
        )


def webhook_attempt(*, delivery_id: int) -> datetime | None:
    """Try one delivery; when to try again (None: delivered, or given up)."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != DeliveryStatus.PENDING:
        return None  # the endpoint was deleted, or a duplicate task ran first
    endpoint = delivery.endpoint
    notification = Notification.from_json(delivery.payload)
    timestamp = str(int(time.time()))
    body = webhook_body(
        notification, endpoint.format, delivery_id=str(delivery.delivery_id), timestamp=timestamp
    )
    status_code: int | None = None
    error = ""
    try:
        target = webhook_target(endpoint.url)
        secret = secret_open(endpoint)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "Trace-Webhooks/1",
            DELIVERY_HEADER: str(delivery.delivery_id),
            EVENT_HEADER: notification.kind,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: signature(secret, timestamp, body),
        }
        status_code = _post(target, body, headers).status_code
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except WebhookUrlRefused as exc:
        error = str(exc)
    except KmsError:
        error = "the signing secret cannot be opened"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}"
    now = timezone.now()
    delivery.attempts += 1
    delivery.last_status_code = status_code
    delivery.last_error = error[:300]
    if not error:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
    elif delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = now + retry_delay(delivery.attempts)
    delivery.save()
    logger.info(
        "notifications.webhook_attempt",
        extra={
            "delivery_id": str(delivery.delivery_id),
            "attempt": delivery.attempts,
            "status_code": status_code,
            "outcome": delivery.status,
        },
    )
    return delivery.next_attempt_at


def email_recipients(organization_id: int) -> list[str]:
    """The organization's admins and owners whose accounts are active (a deactivated account
    cannot sign in and must not keep receiving finding titles by email)."""
    rows = Membership.objects.filter(
        organization_id=organization_id, role__in=(Role.ADMIN, Role.OWNER), user__is_active=True
    ).values_list("user__email", flat=True)
    return sorted({email for email in rows if email})


def notification_email(*, organization_id: int, notification: Notification) -> int:
    recipients = email_recipients(organization_id)
    if not recipients:
        return 0
    return send_mail(
        subject=f"[Trace] {notification.subject}",
        message=email_text(notification),
        from_email=None,
        recipient_list=recipients,
    )
