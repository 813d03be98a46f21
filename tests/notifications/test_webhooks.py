"""Outgoing webhooks against a real loopback HTTP server: signature, headers, Slack format,
retries with exponential back-off, and the queue's real worker."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests.support.builders import make_member, make_org
from tests.support.webhook_receiver import Receiver
from tracesec.notifications import events
from tracesec.notifications.delivery import MAX_ATTEMPTS, webhook_attempt
from tracesec.notifications.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from tracesec.notifications.services import notify, webhook_endpoint_create
from tracesec.notifications.signing import verify
from tracesec.organizations.models import Role

pytestmark = pytest.mark.django_db(transaction=True)


def _run_queued_tasks() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def _inactive_notification(org: Any) -> events.Notification:
    return events.Notification(
        kind=events.EventKind.CONNECTION_INACTIVE,
        organization_id=org.pk,
        subject="The GitHub connection acme stopped working",
        lines=("The app was uninstalled. Connect again.",),
        link="http://testserver/settings/integrations/",
        data={"connection": {"id": 1, "provider": "github", "name": "acme"}},
    )


def test_json_delivery_is_signed_with_the_endpoint_secret(receiver: Receiver) -> None:
    org = make_org()
    admin = make_member(org, role=Role.ADMIN)
    endpoint, secret = webhook_endpoint_create(actor=admin, url=receiver.url, fmt="json")
    # sealed, not stored in clear
    stored = WebhookEndpoint.objects.get(pk=endpoint.pk)
    assert secret.encode() not in bytes(stored.secret_ciphertext)
    assert stored.secret_hint == "…" + secret[-4:]

    notify(_inactive_notification(org))
    _run_queued_tasks()

    [request] = receiver.requests
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert request.headers["X-Trace-Delivery"] == str(delivery.delivery_id)
    assert request.headers["X-Trace-Event"] == "connection.inactive"
    timestamp = request.headers["X-Trace-Timestamp"]
    header = request.headers["X-Trace-Signature-256"]
    assert header.startswith("sha256=")
    assert verify(secret.encode(), timestamp, request.body, header)
    assert not verify(b"another secret", timestamp, request.body, header)
    assert not verify(secret.encode(), str(int(timestamp) + 1), request.body, header)
    body = json.loads(request.body)
    assert body["event"] == "connection.inactive"
    assert body["delivery_id"] == str(delivery.delivery_id)
    assert body["timestamp"] == timestamp
    assert body["data"]["connection"]["name"] == "acme"
    assert secret not in request.body.decode()


def test_slack_format_has_text_and_blocks(receiver: Receiver) -> None:
    org = make_org()
    admin = make_member(org, role=Role.ADMIN)
    webhook_endpoint_create(actor=admin, url=receiver.url, fmt="slack")
    notify(_inactive_notification(org))
    _run_queued_tasks()
    [request] = receiver.requests
    body = json.loads(request.body)
    assert set(body) == {"text", "blocks"}
    assert body["text"].startswith("The GitHub connection acme stopped working")
    assert body["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "The GitHub connection acme stopped working"},
    }
    assert "The app was uninstalled" in body["blocks"][1]["text"]["text"]
    assert body["blocks"][2]["elements"][0]["url"] == "http://testserver/settings/integrations/"
    assert request.headers["X-Trace-Signature-256"].startswith("sha256=")


def test_server_errors_are_retried_with_exponential_back_off(
    receiver: Receiver, settings: Any
) -> None:
    settings.TRACE_WEBHOOK_RETRY_BASE_SECONDS = 10
    org = make_org()
    admin = make_member(org, role=Role.ADMIN)
    webhook_endpoint_create(actor=admin, url=receiver.url, fmt="json")
    receiver.statuses = [500, 500, 503]
    notify(_inactive_notification(org))
    _run_queued_tasks()  # the first attempt fails and re-enqueues itself for later

    delivery = WebhookDelivery.objects.get()
    assert (delivery.attempts, delivery.status, delivery.last_status_code) == (
        1,
        DeliveryStatus.PENDING,
        500,
    )
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"] == {"delivery_id": delivery.pk}
    first_gap = retry.run_after - delivery.updated_at
    assert timedelta(seconds=9) < first_gap <= timedelta(seconds=10)

    gaps = []
    for _ in range(2):  # run the retries now instead of waiting for them
        before = delivery.attempts
        retry_at = webhook_attempt(delivery_id=delivery.pk)
        delivery.refresh_from_db()
        assert delivery.attempts == before + 1
        assert retry_at is not None
        gaps.append(round((retry_at - delivery.updated_at).total_seconds()))
    assert gaps == [20, 40]
    assert webhook_attempt(delivery_id=delivery.pk) is None  # 200 at last
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert delivery.attempts == 4
    assert len(receiver.requests) == 4
    # every attempt is the same delivery, signed afresh
    assert len({r.headers["X-Trace-Delivery"] for r in receiver.requests}) == 1


def test_gives_up_after_the_last_attempt(receiver: Receiver) -> None:
    org = make_org()
    admin = make_member(org, role=Role.ADMIN)
    webhook_endpoint_create(actor=admin, url=receiver.url, fmt="json")
    receiver.statuses = [500] * MAX_ATTEMPTS
    notify(_inactive_notification(org))
    delivery = WebhookDelivery.objects.get()
    for _ in range(MAX_ATTEMPTS - 1):
        assert webhook_attempt(delivery_id=delivery.pk) is not None
    assert webhook_attempt(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_error) == (
        DeliveryStatus.FAILED,
        MAX_ATTEMPTS,
        "HTTP 500",
    )
    assert webhook_attempt(delivery_id=delivery.pk) is None  # a stray retry does nothing
    assert len(receiver.requests) == MAX_ATTEMPTS


def test_other_organizations_webhooks_are_not_called(receiver: Receiver) -> None:
    org, other = make_org(), make_org()
    webhook_endpoint_create(actor=make_member(other, role=Role.ADMIN), url=receiver.url, fmt="json")
    notify(_inactive_notification(org))
    _run_queued_tasks()
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_delivery_by_name_goes_to_the_resolved_address_with_the_original_host(
    receiver: Receiver,
) -> None:
    """The POST connects to the address the check vetted, and still names the host it was
    configured with (Host header), so virtual hosts and signatures work as configured."""
    org = make_org()
    admin = make_member(org, role=Role.ADMIN)
    by_name = receiver.url.replace("127.0.0.1", "localhost")
    webhook_endpoint_create(actor=admin, url=by_name, fmt="json")
    notify(_inactive_notification(org))
    _run_queued_tasks()
    [request] = receiver.requests
    assert request.headers["Host"] == by_name.split("/")[2]
    assert WebhookDelivery.objects.get().status == DeliveryStatus.DELIVERED
