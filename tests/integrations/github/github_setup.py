"""Fixtures: Trace configured as a GitHub App against the loopback GitHub (`fakegithub`), with
its private key, webhook secret and client secret imported into a throwaway KMS key ring."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.test import Client

from tests.integrations.github.fakegithub import FakeGitHub, fake_github, sign
from tracesec.integrations.github.app_secrets import (
    AppSecret,
    app_secret_import,
    forget_cached_secrets,
)
from tracesec.kms import reset_kms_cache

APP_ID = 4242
CLIENT_ID = "Iv1.testclient000001"
CLIENT_SECRET = "client-secret-" + "c" * 26
WEBHOOK_SECRET = b"webhook-secret-for-tests-0123456789"


@lru_cache(maxsize=1)
def private_key_pem() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )


@dataclass
class GitHubSetup:
    fake: FakeGitHub
    webhook_secret: bytes
    settings: Any

    def post_webhook(
        self,
        client: Client,
        event: str,
        payload: dict[str, Any] | bytes,
        *,
        delivery: str = "",
        signature: str | None = None,
    ) -> Any:
        import json
        import uuid

        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        headers = {
            "HTTP_X_GITHUB_EVENT": event,
            "HTTP_X_GITHUB_DELIVERY": delivery or str(uuid.uuid4()),
            "HTTP_X_HUB_SIGNATURE_256": signature
            if signature is not None
            else sign(self.webhook_secret, body),
        }
        return client.post(
            "/integrations/github/webhook/", data=body, content_type="application/json", **headers
        )


@pytest.fixture
def github(settings: Any, tmp_path: Path, db: Any) -> Iterator[GitHubSetup]:
    settings.TRACE_KMS_BACKEND = "local"
    settings.TRACE_KMS_LOCAL_KEY_FILE = tmp_path / "kms" / "keyring.json"
    settings.GITHUB_APP_ID = str(APP_ID)
    settings.GITHUB_APP_SLUG = "trace-security-test"
    settings.GITHUB_APP_CLIENT_ID = CLIENT_ID
    settings.GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS = 1
    reset_kms_cache()
    forget_cached_secrets()
    pem = private_key_pem()
    public_key = serialization.load_pem_private_key(pem, password=None).public_key()
    git_root = tmp_path / "github-git"
    git_root.mkdir()
    with fake_github(
        app_id=APP_ID,
        public_key=public_key,  # type: ignore[arg-type]
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        git_root=git_root,
    ) as fake:
        settings.GITHUB_API_URL = fake.url + "/api/v3"
        settings.GITHUB_WEB_URL = fake.url
        settings.GITHUB_GIT_URL = fake.url
        app_secret_import(AppSecret.PRIVATE_KEY, pem)
        app_secret_import(AppSecret.WEBHOOK_SECRET, WEBHOOK_SECRET)
        app_secret_import(AppSecret.CLIENT_SECRET, CLIENT_SECRET.encode())
        yield GitHubSetup(fake=fake, webhook_secret=WEBHOOK_SECRET, settings=settings)
    forget_cached_secrets()
    reset_kms_cache()
