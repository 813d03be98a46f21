"""Forget what is only kept for a while: expired setup states, old webhook delivery ids."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from tracesec.integrations.models import GitHubSetupState, GitHubWebhookDelivery

# GitHub lets an app redeliver deliveries of the past 3 days; keep ids a little longer.
DELIVERY_RETENTION = timedelta(days=8)


def setup_states_purge() -> int:
    deleted, _ = GitHubSetupState.objects.filter(expires_at__lt=timezone.now()).delete()
    return deleted


def deliveries_purge() -> int:
    cutoff = timezone.now() - DELIVERY_RETENTION
    deleted, _ = GitHubWebhookDelivery.objects.filter(received_at__lt=cutoff).delete()
    return deleted
