"""A real app token runs through the whole flow (pairing, workspace lookup, repository sync,
token pull, clone, error paths) with every log level captured; afterwards it must be absent
from every log record, child-process argv, `.git/config`, file on disk, exception text and
database table."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings as django_settings

from tests.support.canary import EverythingHandler, git_wrapper
from tests.support.proc import ProcSampler
from tracesec.integrations.bitbucket.client import BitbucketClient, BitbucketError
from tracesec.integrations.bitbucket.pairing import pairing_redeem
from tracesec.integrations.bitbucket.sync import connection_sync
from tracesec.integrations.bitbucket.token_pull import app_token_pull
from tracesec.integrations.credentials import resolve_clone_credential
from tracesec.integrations.models import ForgeInstallation
from tracesec.repositories.models import Repository
from tracesec.scans.checkout import CheckoutError, checkout

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def forms_of(token: str) -> list[bytes]:
    return [
        token.encode(),
        base64.b64encode(f"x-token-auth:{token}".encode()),
        base64.b64encode(token.encode()),
        token.split(".")[-1].encode(),  # the signature part alone
    ]


def test_canary_token_leaves_no_trace(
    trace_with_emulator: Any, org_a: Any, tmp_path: Path, all_logs: EverythingHandler
) -> None:
    emu = trace_with_emulator()
    work_root = tmp_path / "work"
    work_root.mkdir()
    binary, git_logs = git_wrapper(tmp_path)
    exception_texts: list[str] = []
    sampler = ProcSampler()
    with sampler:
        # 1. install + pair + sync (workspace identity, 3 repositories)
        inst_id = emu.client.install("acme")["installation"]["id"]
        page = emu.client.ui_invoke(inst_id, path="/forge/v1/pairing-code", account="ada")
        connection = pairing_redeem(actor=org_a.admin, code_text=page["body"]["code"])
        connection_sync(connection_id=connection.pk)
        repository = Repository.objects.get(full_name="acme/payments-api")
        # 2. scan-style token pull + clone, then a failing clone and a failing API call
        credential = resolve_clone_credential(repository, purpose="canary")
        with checkout(
            git_base_url=credential.git_base_url,
            full_name=repository.full_name,
            token=credential.token,
            git_binary=binary,
            work_root=work_root,
        ) as tree:
            config_bytes = (tree / ".git" / "config").read_bytes()
            tree_files = [p.read_bytes() for p in tree.rglob("*") if p.is_file()]
        try:
            with checkout(
                git_base_url=credential.git_base_url,
                full_name="acme/does-not-exist",
                token=credential.token,
                git_binary=binary,
                work_root=work_root,
            ):
                pass
        except CheckoutError as error:
            exception_texts.append(repr(error) + str(error))
        try:
            with BitbucketClient(
                api_base_url=django_settings.BITBUCKET_API_URL,
                token=credential.token,
                allowed_api_bases=[django_settings.BITBUCKET_API_URL],
            ) as client:
                client.get_workspace("00000000-0000-4000-8000-000000000000")
        except BitbucketError as error:
            exception_texts.append(repr(error) + str(error))
        del credential
    assert len(exception_texts) == 2

    # The token Forge delivered (cached by Forge, so the same one every time — checked below).
    installation = ForgeInstallation.objects.get(installation_id=inst_id)
    canary = app_token_pull(installation=installation, purpose="reveal").token
    fingerprints = {
        d["systemToken"]["fingerprint"]
        for d in emu.client.deliveries(kind="function")
        if d.get("systemToken")
    }
    assert len(fingerprints) == 1, "the flow must have used one token throughout"
    needles = forms_of(canary)

    def absent(blob: bytes | str, where: str) -> None:
        data = blob.encode() if isinstance(blob, str) else blob
        for needle in needles:
            assert needle not in data, f"app token found in {where}"

    assert len(all_logs.texts) > 10  # the capture really saw the flow
    for text in all_logs.texts:
        absent(text, "a log record")
    for text in exception_texts:
        absent(text, "an exception text")
    absent(config_bytes, ".git/config")
    for data in tree_files:
        absent(data, "a file of the checkout")
    absent((git_logs / "argv").read_bytes(), "git argv")
    trace = (git_logs / "trace").read_bytes()
    assert b"remote-http" in trace
    absent(trace, "argv of git's child processes (GIT_TRACE)")
    assert sampler.saw_git(), "the /proc sampler never saw git run: it proves nothing"
    for cmdline in sampler.cmdlines:
        absent(cmdline, "/proc/*/cmdline")
    assert list(work_root.iterdir()) == []
    for root in (Path(django_settings.DATA_DIR), tmp_path):
        for base, _dirs, files in os.walk(root):
            for name in files:
                path = Path(base, name)
                if path.is_file() and not path.is_symlink():
                    absent(path.read_bytes(), f"file {path}")
    for model in apps.get_models():
        for row in model.objects.all().values():
            for value in row.values():
                if isinstance(value, bytes | memoryview):
                    absent(bytes(value), f"table {model._meta.db_table}")
                else:
                    absent(str(value), f"table {model._meta.db_table}")
