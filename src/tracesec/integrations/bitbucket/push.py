"""Bitbucket pushes forwarded by the Forge app (`avi:bitbucket:push:repository`, delivered with
the `read:repository:bitbucket` scope the app already has).

The caller has verified the Forge Invocation Token (its `jti` is single-use, so a replayed request
is refused before this runs). Forge events carry no delivery id, so a push is identified by
installation, repository, branch and new head: the record of that identity and the announcement
(which queues the scan) commit in one transaction, and a Forge redelivery of the same push queues
nothing. Pushes to other branches are acknowledged and ignored.
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from tracesec.common.errors import ApplicationError
from tracesec.integrations.bitbucket.ids import normalize_uuid
from tracesec.integrations.bitbucket.invocation_token import ForgeInvocation
from tracesec.integrations.models import ForgeInstallation, ForgePushDelivery, InstallationStatus
from tracesec.integrations.pushes import push_received

logger = logging.getLogger(__name__)

_SHA = re.compile(r"^[0-9a-f]{40}$")
_REF = re.compile(r"^[^\x00-\x1f\x7f]{1,255}$")
PUSH_RECORD_DAYS = 7


def _member(event: dict[str, Any], name: str) -> dict[str, Any]:
    value = event.get(name)
    return value if isinstance(value, dict) else {}


def push_event_receive(*, invocation: ForgeInvocation, body: dict[str, Any]) -> str:
    """Apply one forwarded push; returns a short outcome. Bad shapes raise ApplicationError."""
    event = body.get("event")
    if not isinstance(event, dict):
        raise ApplicationError('Body must be {"event": {...}}.', code="bad_event")
    workspace = normalize_uuid(str(_member(event, "workspace").get("uuid", "")))
    if workspace and workspace != invocation.workspace_id:
        raise ApplicationError("Event workspace does not match the token.", code="mismatch")
    repository_uuid = normalize_uuid(str(_member(event, "repository").get("uuid", "")))
    push = _member(event, "push")
    ref, after = push.get("ref"), push.get("after")
    if not repository_uuid or not isinstance(ref, str) or not _REF.match(ref):
        raise ApplicationError("The event names no repository or branch.", code="bad_event")
    if not isinstance(after, str) or not _SHA.match(after):
        # a deleted branch has no new head: nothing to scan
        return "ignored: no new head"
    if push.get("mainbranch") is False:
        # Bitbucket says it is not the main branch (another branch, or a tag push)
        return "ignored: not the default branch"
    installation = (
        ForgeInstallation.objects.select_related("connection")
        .filter(installation_id=invocation.installation_id, status=InstallationStatus.PAIRED)
        .first()
    )
    if installation is None or installation.connection is None:
        return "ignored: installation not paired"
    identity = f"{invocation.installation_id}\n{repository_uuid}\n{ref}\n{after}"
    key = hashlib.sha256(identity.encode()).hexdigest()
    try:
        with transaction.atomic():
            ForgePushDelivery.objects.create(
                push_key=key, installation_id=invocation.installation_id
            )
            outcome = push_received(
                connection=installation.connection,
                repository_uuid=repository_uuid,
                branch=ref,
                commit_sha=after,
                source="bitbucket",
            )
    except IntegrityError:
        outcome = "duplicate push ignored"
    logger.info(
        "forge.push_received",
        extra={"installation_id": invocation.installation_id, "outcome": outcome},
    )
    return outcome


def push_deliveries_purge() -> int:
    """Forge redelivers within minutes; a week of push identities is plenty."""
    cutoff = timezone.now() - timedelta(days=PUSH_RECORD_DAYS)
    deleted, _ = ForgePushDelivery.objects.filter(received_at__lt=cutoff).delete()
    return deleted
