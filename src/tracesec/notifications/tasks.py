"""Task wrappers: ids (and a JSON notification) in, one service call. Imported by workers."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from tracesec.notifications.delivery import notification_email, webhook_attempt
from tracesec.notifications.events import Notification


@task()
def webhook_deliver(delivery_id: int) -> None:
    retry_at = webhook_attempt(delivery_id=delivery_id)
    if retry_at is not None:
        webhook_deliver.using(run_after=retry_at).enqueue(delivery_id=delivery_id)


@task()
def notification_email_send(organization_id: int, notification: dict[str, Any]) -> None:
    notification_email(
        organization_id=organization_id, notification=Notification.from_json(notification)
    )
