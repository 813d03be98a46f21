"""/forge/v1/push over HTTP with real FITs: one scan per push, a redelivery (fresh FIT, same push)
none, other branches and unknown repositories none, bad shapes refused with a clear code, only
the push trigger may call it, and an installation can only reach its own organization's
repositories."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integrations.bitbucket.fitkit import WORKSPACE
from tests.integrations.bitbucket.helpers import installation, paired
from tracesec.integrations.models import Connection
from tracesec.repositories.models import Repository
from tracesec.scans.models import Scan

pytestmark = pytest.mark.django_db

REPO = "894b83d3-d2a8-5310-9c7a-e53fe5856d5d"
OTHER_INSTALLATION = "9e2a1c3b-4d5e-4f60-8a7b-1c2d3e4f5a6b"
OTHER_WORKSPACE = "0b0c0d0e-1f20-4a3b-8c4d-5e6f7a8b9c0d"
HEAD = "5" * 40


def push_body(*, ref: str = "main", after: Any = HEAD, workspace: str = WORKSPACE) -> dict:
    return {
        "event": {
            "eventType": "avi:bitbucket:push:repository",
            "repository": {"uuid": "{" + REPO + "}"},
            "workspace": {"uuid": "{" + workspace + "}"},
            "push": {"ref": ref, "mainbranch": ref == "main", "before": "4" * 40, "after": after},
        }
    }


def repository_of(connection: Connection) -> Repository:
    return Repository.objects.create(
        organization=connection.organization,
        connection=connection,
        provider="bitbucket",
        external_uuid=REPO,
        full_name="acme/payments-api",
        default_branch="main",
    )


def push(forge_call: Any, body: dict, **claim_kw: Any) -> Any:
    claim_kw.setdefault("module_key", "on-push")
    return forge_call("push", body, **claim_kw)


def test_one_scan_per_push_and_none_for_a_redelivery(forge_call: Any, org_a: Any) -> None:
    _inst, connection = paired(org_a.organization)
    repository = repository_of(connection)

    first = push(forge_call, push_body())
    assert first.status_code == 200, first.content
    assert first.json() == {"outcome": "push scan queued"}
    [scan] = Scan.objects.filter(repository=repository)
    assert scan.requested_by is None

    Scan.objects.filter(pk=scan.pk).update(status="completed")  # so a second could be created
    again = push(forge_call, push_body())
    assert again.json() == {"outcome": "duplicate push ignored"}
    assert Scan.objects.filter(repository=repository).count() == 1

    other_branch = push(forge_call, push_body(ref="feature/x", after="6" * 40))
    assert other_branch.json() == {"outcome": "ignored: not the default branch"}
    tag = push_body(after="7" * 40)
    tag["event"]["push"]["mainbranch"] = False  # Bitbucket says: not the main branch (a tag)
    assert push(forge_call, tag).json() == {"outcome": "ignored: not the default branch"}
    deleted = push(forge_call, push_body(after=None))
    assert deleted.json() == {"outcome": "ignored: no new head"}
    assert Scan.objects.filter(repository=repository).count() == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, "bad_event"),
        ({"event": "push"}, "bad_event"),
        ({"event": {"repository": {"uuid": "not-a-uuid"}, "push": {"ref": "main"}}}, "bad_event"),
        ({"event": {"repository": {"uuid": REPO}, "push": {"ref": ""}}}, "bad_event"),
        (push_body(workspace=OTHER_WORKSPACE), "mismatch"),
    ],
)
def test_bad_events_are_refused_and_change_nothing(
    forge_call: Any, org_a: Any, body: dict, code: str
) -> None:
    _inst, connection = paired(org_a.organization)
    repository_of(connection)
    response = push(forge_call, body)
    assert response.status_code == 400
    assert response.json()["code"] == code
    assert not Scan.objects.exists()


def test_only_the_push_trigger_may_call(forge_call: Any, org_a: Any) -> None:
    _inst, connection = paired(org_a.organization)
    repository_of(connection)
    assert push(forge_call, push_body(), module_key="on-lifecycle").status_code == 403
    assert push(forge_call, push_body(), ui=True, module_key="trace-settings").status_code == 403
    assert not Scan.objects.exists()


def test_unpaired_installation_queues_nothing(forge_call: Any, org_a: Any) -> None:
    installation()
    response = push(forge_call, push_body())
    assert response.json() == {"outcome": "ignored: installation not paired"}
    assert not Scan.objects.exists()


def test_another_organizations_installation_cannot_reach_the_repository(
    forge_call: Any, org_a: Any, org_b: Any
) -> None:
    _inst, connection = paired(org_a.organization)
    repository_of(connection)
    paired(
        org_b.organization,
        installation(installation_id=OTHER_INSTALLATION, workspace=OTHER_WORKSPACE),
    )
    response = push(
        forge_call,
        push_body(workspace=OTHER_WORKSPACE),
        installation=OTHER_INSTALLATION,
        workspace=OTHER_WORKSPACE,
    )
    assert response.json() == {"outcome": "ignored: repository not known"}
    assert not Scan.objects.exists()
