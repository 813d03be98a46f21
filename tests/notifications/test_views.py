"""Settings → Notifications: admins only, one organization's webhooks only, secret shown once."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tracesec.notifications.models import NotificationSettings, WebhookEndpoint
from tracesec.notifications.services import webhook_endpoint_create

pytestmark = pytest.mark.django_db

URL = "https://hooks.example.com/trace"


def test_admin_adds_a_webhook_and_sees_its_secret_once(org_a: Any, client_for: Any) -> None:
    client = client_for(org_a.admin)
    response = client.post(reverse("notifications:webhook_create"), {"url": URL, "format": "slack"})
    assert response.status_code == 201
    endpoint = WebhookEndpoint.objects.get(organization=org_a.organization)
    page = response.content.decode()
    secret = page.split('data-testid="new-webhook-secret">', 1)[1].split("<", 1)[0]
    assert secret.startswith("whsec_")
    assert response["Cache-Control"] == "no-store"
    assert (endpoint.url, endpoint.format) == (URL, "slack")
    again = client.get(reverse("notifications:settings")).content.decode()
    assert URL in again
    assert secret not in again
    assert endpoint.secret_hint in again


def test_refused_url_keeps_the_input_and_says_why(
    org_a: Any, client_for: Any, settings: Any
) -> None:
    settings.TRACE_WEBHOOK_ALLOW_PRIVATE = False
    client = client_for(org_a.admin)
    response = client.post(
        reverse("notifications:webhook_create"),
        {"url": "http://169.254.169.254/latest/meta-data", "format": "json"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "must point to a public address" in page
    assert 'value="http://169.254.169.254/latest/meta-data"' in page
    assert not WebhookEndpoint.objects.exists()


def test_email_toggle(org_a: Any, client_for: Any) -> None:
    client = client_for(org_a.owner)
    response = client.post(reverse("notifications:email"), {})
    assert response.status_code == 302
    assert not NotificationSettings.objects.get(organization=org_a.organization).email_enabled
    client.post(reverse("notifications:email"), {"email_enabled": "on"})
    assert NotificationSettings.objects.get(organization=org_a.organization).email_enabled


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_non_admins_are_refused(org_a: Any, client_for: Any, role: str) -> None:
    client = client_for(getattr(org_a, role))
    assert client.get(reverse("notifications:settings")).status_code == 403
    client.post(reverse("notifications:webhook_create"), {"url": URL, "format": "json"})
    client.post(reverse("notifications:email"), {})
    assert not WebhookEndpoint.objects.exists()
    assert not NotificationSettings.objects.filter(email_enabled=False).exists()


def test_another_organizations_webhook_is_invisible_and_not_deletable(
    org_a: Any, org_b: Any, client_for: Any
) -> None:
    theirs, _secret = webhook_endpoint_create(actor=org_b.admin, url=URL, fmt="json")
    client = client_for(org_a.admin)
    assert URL not in client.get(reverse("notifications:settings")).content.decode()
    response = client.post(reverse("notifications:webhook_delete", args=[theirs.pk]))
    assert response.status_code == 404
    assert WebhookEndpoint.objects.filter(pk=theirs.pk).exists()
    # their own admin can
    mine = client_for(org_b.admin).post(reverse("notifications:webhook_delete", args=[theirs.pk]))
    assert mine.status_code == 302
    assert not WebhookEndpoint.objects.filter(pk=theirs.pk).exists()
