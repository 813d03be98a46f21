"""Installation tokens just in time: one per job, narrowed to the one repository and the job's
permissions, cloned with `x-access-token` through the same checkout code as Bitbucket — and the
canary: every secret of the GitHub path (installation tokens, the user token, the app's private
key, webhook and client secrets) is absent from logs, argv, `.git/config`, files, exceptions and
the database afterwards."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings

from tests.integrations.github.github_setup import (
    CLIENT_SECRET,
    WEBHOOK_SECRET,
    GitHubSetup,
    private_key_pem,
)
from tests.integrations.github.helpers import bind, installation
from tests.support.canary import EverythingHandler, LeakEvidence, assert_nowhere, token_forms
from tracesec.integrations.base import CredentialHalt
from tracesec.integrations.credentials import resolve_clone_credential
from tracesec.integrations.github.client import GitHubClient, GitHubError
from tracesec.integrations.github.sync import connection_sync
from tracesec.repositories.models import Repository
from tracesec.scans import credentials as scan_credentials
from tracesec.scans.checkout import CheckoutError, checkout

pytestmark = pytest.mark.django_db


def synced(github: GitHubSetup, org: Any, **kwargs: Any) -> tuple[Any, Any]:
    inst = installation(github, **kwargs)
    connection = bind(github, org.admin, inst)
    connection_sync(connection_id=connection.pk)
    return inst, connection


def test_scan_token_is_narrowed_to_one_repository_and_contents_read(
    github: GitHubSetup, org_a: Any
) -> None:
    inst, _ = synced(github, org_a, repositories=3)
    repository = Repository.objects.get(full_name="octo-org/repo-2")
    credential = resolve_clone_credential(repository, purpose="scan:1")
    assert github.fake.token_requests[-1] == {
        "permissions": {"contents": "read"},
        "repository_ids": [inst.repositories[1].id],
    }
    assert credential.username == "x-access-token"
    assert credential.token not in repr(credential)
    resolve_clone_credential(repository, purpose="check-run:1")
    assert github.fake.token_requests[-1]["permissions"] == {"contents": "read", "checks": "write"}


def test_clone_works_for_the_repository_and_not_for_its_neighbour(
    github: GitHubSetup, org_a: Any, tmp_path: Path
) -> None:
    synced(github, org_a, repositories=2, files={"app.py": "print('hi')\n"})
    repository = Repository.objects.get(full_name="octo-org/repo-1")
    credential = scan_credentials.credential_for_scan(repository, scan_id=7)
    with checkout(
        git_base_url=credential.git_base_url,
        full_name=repository.full_name,
        token=credential.token,
        username=credential.username,
    ) as tree:
        assert (tree / "app.py").read_text() == "print('hi')\n"
    with (
        pytest.raises(CheckoutError) as info,
        checkout(
            git_base_url=credential.git_base_url,
            full_name="octo-org/repo-2",  # same installation, not in this token
            token=credential.token,
            username=credential.username,
        ),
    ):
        pass
    assert info.value.code == "not_found"
    auth = [r.get("authorization", "") for r in github.fake.git_requests]
    assert all(a.startswith("Basic ") for a in auth)
    assert base64.b64decode(auth[0][6:]).startswith(b"x-access-token:")


def test_a_suspended_installation_blocks_the_scan(github: GitHubSetup, org_a: Any) -> None:
    inst, _ = synced(github, org_a)
    inst.suspended = True  # on GitHub; the webhook did not arrive yet
    repository = Repository.objects.filter(provider="github").first()
    with pytest.raises(scan_credentials.ScanHalt) as info:
        scan_credentials.credential_for_scan(repository, scan_id=1)
    assert info.value.blocked


def test_canary_no_github_secret_leaves_a_trace(
    github: GitHubSetup,
    org_a: Any,
    tmp_path: Path,
    all_logs: EverythingHandler,
) -> None:
    with LeakEvidence(all_logs, tmp_path) as evidence:
        inst, _connection = synced(github, org_a, files={"config.py": "DEBUG = False\n"})
        repository = Repository.objects.get(full_name="octo-org/repo-1")
        credential = scan_credentials.credential_for_scan(repository, scan_id=1)
        evidence.clone(credential, repository.full_name)
        evidence.clone_refused(credential, "octo-org/repo-2")
        try:
            with GitHubClient(
                api_base_url=django_settings.GITHUB_API_URL, token=credential.token
            ) as client:
                client.get_installation(inst.id)  # an installation token is not an app JWT
        except GitHubError as error:
            evidence.refused(error)
        del credential
        inst.deleted = True
        try:
            resolve_clone_credential(repository, purpose="scan:2")
        except CredentialHalt as halt:
            evidence.refused(halt)
    assert len(evidence.exception_texts) == 3

    installation_tokens = [*github.fake.tokens, *github.fake.revoked]
    tokens = [*installation_tokens, *github.fake.user_tokens]
    assert len(installation_tokens) >= 2
    assert len(github.fake.user_tokens) == 1
    key_body = b"".join(private_key_pem().splitlines()[1:-1])
    needles: list[bytes] = [WEBHOOK_SECRET, CLIENT_SECRET.encode(), key_body[:64], key_body[-64:]]
    for token in tokens:
        needles += token_forms(token, "x-access-token")
    needles += [jwt.split(".")[-1].encode() for jwt in github.fake.jwts]
    # the fake GitHub's own repositories (github-git) are not Trace's to keep clean
    assert_nowhere(
        needles, evidence, file_roots=[tmp_path], skip_dir="github-git", what="a GitHub secret"
    )
