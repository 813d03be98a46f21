"""The tenant gate for notification objects (see ``organizations.access``)."""

from __future__ import annotations

from tracesec.common.errors import NotFoundError
from tracesec.notifications.models import WebhookEndpoint
from tracesec.organizations.models import Membership


def access_webhook_endpoint_by_id(actor: Membership, endpoint_id: int) -> WebhookEndpoint:
    endpoint = WebhookEndpoint.objects.filter(
        organization_id=actor.organization_id,
        pk=endpoint_id,
    ).first()
    if endpoint is None:
        raise NotFoundError("No such webhook.")
    return endpoint
