"""GitHub webhooks: verify, de-duplicate, apply (ARCHITECTURE 3.6).

Order matters: the body is size-capped, then its `X-Hub-Signature-256` (HMAC-SHA256 with the
app's webhook secret, hex, `sha256=` prefix) is compared in constant time over the *raw* bytes —
before anything is parsed. Only then is it JSON. `X-GitHub-Delivery` is recorded in the same
transaction as the effect, so a redelivery (or a replay) changes nothing and a failed apply can be
redelivered. Unknown events are acknowledged and ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, transaction

from tracesec.integrations.github.client import GitHubError, parse_installation
from tracesec.integrations.github.config import app_id
from tracesec.integrations.github.lifecycle import (
    bound_connection,
    installation_deleted,
    installation_record,
    installation_suspended,
    installation_unsuspended,
)
from tracesec.integrations.github.pulls import check_run_event, pull_request_event
from tracesec.integrations.github.push import push_event
from tracesec.integrations.github.tasks import connection_sync_enqueue
from tracesec.integrations.models import (
    ConnectionStatus,
    GitHubWebhookDelivery,
)

logger = logging.getLogger(__name__)

_SIGNATURE = re.compile(r"^sha256=([0-9a-f]{64})$")
_DELIVERY = re.compile(r"^[A-Za-z0-9-]{1,64}$")
_EVENT = re.compile(r"^[a-z_]{1,60}$")


@dataclass(frozen=True)
class WebhookOutcome:
    status: int
    detail: str


def signature_valid(*, secret: bytes, body: bytes, header: str | None) -> bool:
    """`X-Hub-Signature-256` check, constant time; malformed or missing headers are invalid."""
    match = _SIGNATURE.match(header or "")
    if not match or not secret:
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, match.group(1))


def webhook_receive(
    *, secret: bytes, event: str | None, delivery: str | None, signature: str | None, body: bytes
) -> WebhookOutcome:
    if not signature_valid(secret=secret, body=body, header=signature):
        logger.warning("github.webhook.bad_signature")
        return WebhookOutcome(401, "signature mismatch")
    if (
        delivery is None
        or event is None
        or not _DELIVERY.match(delivery)
        or not _EVENT.match(event)
    ):
        return WebhookOutcome(400, "missing X-GitHub-Delivery or X-GitHub-Event")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return WebhookOutcome(400, "body is not JSON")
    if not isinstance(payload, dict):
        return WebhookOutcome(400, "body is not a JSON object")
    action = payload.get("action") if isinstance(payload.get("action"), str) else ""
    installation = payload.get("installation")
    installation_id = installation.get("id") if isinstance(installation, dict) else None
    if not isinstance(installation_id, int) or isinstance(installation_id, bool):
        installation_id = None
    try:
        with transaction.atomic():
            GitHubWebhookDelivery.objects.create(
                delivery_id=delivery,
                event=event,
                action=str(action)[:60],
                installation_id=installation_id,
            )
            detail = _apply(event=event, action=str(action), payload=payload)
    except IntegrityError:
        logger.info("github.webhook.duplicate", extra={"event": event})
        return WebhookOutcome(200, "duplicate delivery ignored")
    except GitHubError:
        # A payload we cannot read must not be retried forever: the sync will catch up.
        return WebhookOutcome(400, "payload has an unexpected shape")
    logger.info(
        "github.webhook.applied", extra={"event": event, "action": action, "detail": detail}
    )
    return WebhookOutcome(200, detail)


def _apply(*, event: str, action: str, payload: dict[str, Any]) -> str:
    if event == "installation":
        return _installation_event(action, payload)
    if event == "installation_repositories":
        return _repositories_event(payload)
    if event == "push":
        return push_event(payload)
    if event == "pull_request":
        return pull_request_event(action, payload)
    if event == "check_run":
        return check_run_event(action, payload)
    return "ignored"


def _installation_event(action: str, payload: dict[str, Any]) -> str:
    remote = parse_installation(payload.get("installation"))
    if str(remote.app_id) != app_id():
        return "ignored: another app"
    if action == "deleted":
        installation_deleted(installation_id=remote.id)
    elif action == "suspend":
        installation_record(remote=remote)
        installation_suspended(installation_id=remote.id)
    elif action == "unsuspend":
        installation_record(remote=remote)
        installation_unsuspended(installation_id=remote.id)
    elif action in {"created", "new_permissions_accepted"}:
        installation_record(remote=remote)  # a new one waits for a verified binding
    else:
        return "ignored"
    return f"installation {action}"


def _repositories_event(payload: dict[str, Any]) -> str:
    """Added/removed repositories: re-list the installation (one source of truth for the
    identity rules) rather than trusting a partial list from the event."""
    remote = parse_installation(payload.get("installation"))
    connection = bound_connection(installation_id=remote.id)
    if connection is None:
        return "ignored: installation not bound"
    if connection.status != ConnectionStatus.ACTIVE:
        return "ignored: connection inactive"
    connection_sync_enqueue(connection_id=connection.pk)
    return "repository sync queued"
