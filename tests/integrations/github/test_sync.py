"""Repository sync over real HTTP: `Link` pagination to the end, identity by repository id
(renames keep it, removed marked, restored), and a partial fetch changes nothing and says why."""

from __future__ import annotations

from typing import Any

import pytest

from tests.integrations.github.fakegithub import FakeRepository
from tests.integrations.github.github_setup import GitHubSetup
from tests.integrations.github.helpers import bind, installation
from tracesec.integrations.github.sync import connection_sync
from tracesec.integrations.models import ConnectionStatus, SyncStatus
from tracesec.repositories.models import Repository, RepositoryStatus

pytestmark = pytest.mark.django_db


def names(org: Any) -> dict[str, str]:
    return {r.full_name: r.status for r in Repository.objects.filter(organization=org.organization)}


def test_sync_follows_link_pagination_to_the_end(github: GitHubSetup, org_a: Any) -> None:
    github.fake.page_size = 2
    inst = installation(github, repositories=5)
    connection = bind(github, org_a.admin, inst)
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.OK, connection.last_sync_message
    assert connection.last_sync_counts["total"] == 5
    assert len(names(org_a)) == 5
    # The listing token carried no code access, and was revoked once the listing was done.
    assert github.fake.token_requests[-1] == {"permissions": {"metadata": "read"}}
    assert len(github.fake.revoked) == 1
    assert not github.fake.tokens


def test_rename_keeps_identity_and_removed_then_restored(github: GitHubSetup, org_a: Any) -> None:
    inst = installation(github, repositories=2)
    connection = bind(github, org_a.admin, inst)
    connection_sync(connection_id=connection.pk)
    first = Repository.objects.get(full_name="octo-org/repo-1")
    inst.repositories[0] = FakeRepository(
        id=first.external_uuid and int(first.external_uuid), full_name="octo-org/renamed"
    )
    removed = inst.repositories.pop(1)
    connection_sync(connection_id=connection.pk)
    first.refresh_from_db()
    assert first.full_name == "octo-org/renamed"  # same row, same findings
    assert names(org_a)["octo-org/repo-2"] == RepositoryStatus.REMOVED
    inst.repositories.append(removed)
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert names(org_a)["octo-org/repo-2"] == RepositoryStatus.ACTIVE
    assert connection.last_sync_counts["restored"] == 1


@pytest.mark.parametrize(
    ("fault", "expected"),
    [("rate_limit_page", "rate limit"), ("fail_page", "unavailable")],
)
def test_partial_fetch_changes_nothing_and_says_why(
    github: GitHubSetup, org_a: Any, fault: str, expected: str
) -> None:
    github.fake.page_size = 2
    inst = installation(github, repositories=5)
    connection = bind(github, org_a.admin, inst)
    connection_sync(connection_id=connection.pk)
    before = names(org_a)
    inst.repositories.pop()  # would be marked removed by a complete listing
    setattr(github.fake, fault, 2)
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.FAILED
    assert expected in connection.last_sync_message
    assert "nothing was changed" in connection.last_sync_message
    assert names(org_a) == before
    assert connection.status == ConnectionStatus.ACTIVE


def test_uninstalled_on_github_makes_the_sync_fail_and_the_connection_inactive(
    github: GitHubSetup, org_a: Any
) -> None:
    inst = installation(github)
    connection = bind(github, org_a.admin, inst)
    inst.deleted = True  # the webhook never arrived
    connection_sync(connection_id=connection.pk)
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.FAILED
    assert connection.status == ConnectionStatus.INACTIVE
    assert connection.inactive_reason == "github_token_rejected"
