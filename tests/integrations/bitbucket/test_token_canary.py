"""A real app token runs through the whole flow (pairing, workspace lookup, repository sync,
token pull, clone, error paths) with every log level captured; afterwards it must be absent
from every log record, child-process argv, `.git/config`, file on disk, exception text and
database table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings

from tests.support.canary import EverythingHandler, LeakEvidence, assert_nowhere, token_forms
from tracesec.integrations.bitbucket.client import BitbucketClient, BitbucketError
from tracesec.integrations.bitbucket.pairing import pairing_redeem
from tracesec.integrations.bitbucket.sync import connection_sync
from tracesec.integrations.bitbucket.token_pull import app_token_pull
from tracesec.integrations.credentials import resolve_clone_credential
from tracesec.integrations.models import ForgeInstallation
from tracesec.repositories.models import Repository

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_canary_token_leaves_no_trace(
    trace_with_emulator: Any, org_a: Any, tmp_path: Path, all_logs: EverythingHandler
) -> None:
    emu = trace_with_emulator()
    with LeakEvidence(all_logs, tmp_path) as evidence:
        # 1. install + pair + sync (workspace identity, 3 repositories)
        inst_id = emu.client.install("acme")["installation"]["id"]
        page = emu.client.ui_invoke(inst_id, path="/forge/v1/pairing-code", account="ada")
        connection = pairing_redeem(actor=org_a.admin, code_text=page["body"]["code"])
        connection_sync(connection_id=connection.pk)
        repository = Repository.objects.get(full_name="acme/payments-api")
        # 2. scan-style token pull + clone, then a failing clone and a failing API call
        credential = resolve_clone_credential(repository, purpose="canary")
        evidence.clone(credential, repository.full_name)
        evidence.clone_refused(credential, "acme/does-not-exist")
        try:
            with BitbucketClient(
                api_base_url=django_settings.BITBUCKET_API_URL,
                token=credential.token,
                allowed_api_bases=[django_settings.BITBUCKET_API_URL],
            ) as client:
                client.get_workspace("00000000-0000-4000-8000-000000000000")
        except BitbucketError as error:
            evidence.refused(error)
        del credential
    assert len(evidence.exception_texts) == 2

    # The token Forge delivered (cached by Forge, so the same one every time — checked below).
    installation = ForgeInstallation.objects.get(installation_id=inst_id)
    canary = app_token_pull(installation=installation, purpose="reveal").token
    fingerprints = {
        d["systemToken"]["fingerprint"]
        for d in emu.client.deliveries(kind="function")
        if d.get("systemToken")
    }
    assert len(fingerprints) == 1, "the flow must have used one token throughout"
    signature = canary.split(".")[-1].encode()  # the JWT's signature part alone
    assert_nowhere(
        [*token_forms(canary, "x-token-auth"), signature],
        evidence,
        file_roots=[Path(django_settings.DATA_DIR), tmp_path],
        what="the app token",
    )
