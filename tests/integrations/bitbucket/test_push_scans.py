"""Bitbucket push → Forge trigger → the app's function → Trace's remote (FIT-verified) → exactly
one scan, over real HTTP against the emulator. A Forge redelivery of the same push queues none;
a push event for another workspace's repository or a malformed one changes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.support.emulated import connect
from tracesec.repositories.models import Repository
from tracesec.scans.execution import scan_execute
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PUSH = "avi:bitbucket:push:repository"


def test_push_to_main_queues_one_scan_and_redelivery_none(
    trace_with_emulator: Any, org_a: Any, org_b: Any, client_for: Any
) -> None:
    emu = trace_with_emulator()
    workspace = connect(emu, org_a.admin)
    repository = Repository.objects.get(full_name="acme/payments-api")
    assert not Scan.objects.filter(repository=repository).exists()

    pushed = emu.client.push_commit("acme", "payments-api", {"NOTES.md": "push scan\n"})
    [delivery] = pushed["deliveries"]
    # Forge ran the app's trace-push function, and Trace accepted what it forwarded (no retry).
    assert (delivery["module"], delivery["target"]) == ("trace-push", "function")
    assert delivery["functionResult"] == {"ok": True, "result": None}
    [scan] = Scan.objects.filter(repository=repository)
    assert scan.status == ScanState.QUEUED
    assert scan.requested_by is None

    scan_execute(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == ScanState.COMPLETED, (scan.error_code, scan.error_message)
    assert scan.commit_sha == pushed["commit"]

    # Forge redelivers the same push (a new invocation token, the same event): nothing new.
    event = json.loads(delivery["body"])
    event.pop("retryContext", None)
    again = emu.client.event(workspace.installation_id, PUSH, event)
    assert again["deliveries"][0]["functionResult"] == {"ok": True, "result": None}
    assert Scan.objects.filter(repository=repository).count() == 1

    # The scan is org A's: org B gets 404.
    assert client_for(org_a.admin).get(f"/scans/{scan.pk}/").status_code == 200
    assert client_for(org_b.admin).get(f"/scans/{scan.pk}/").status_code == 404
