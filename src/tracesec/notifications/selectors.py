"""Reading an organization's webhooks and their recent deliveries."""

from __future__ import annotations

from django.db.models import QuerySet

from tracesec.notifications.models import WebhookDelivery, WebhookEndpoint


def webhook_endpoint_list(*, organization_id: int) -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.objects.filter(organization_id=organization_id).order_by("created_at")


def webhook_delivery_recent(*, organization_id: int, limit: int = 20) -> list[WebhookDelivery]:
    return list(
        WebhookDelivery.objects.filter(endpoint__organization_id=organization_id)
        .select_related("endpoint")
        .order_by("-created_at")[:limit]
    )
