"""Fixtures: a loopback JWKS with our own RSA key, settings pointing Trace at it, FIT calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from tests.integrations.bitbucket.fitkit import (
    APP_ID,
    FORGE_KEY,
    JwksServer,
    claims,
    jwks_server,
    mint,
)
from tracesec.integrations.bitbucket import config as bb_config
from tracesec.kms import reset_kms_cache


@pytest.fixture
def jwks() -> Iterator[JwksServer]:
    with jwks_server(FORGE_KEY) as server:
        yield server


@pytest.fixture
def forge_settings(settings: Any, jwks: JwksServer, tmp_path: Path) -> Iterator[Any]:
    settings.FORGE_APP_ID = APP_ID
    settings.FORGE_JWKS_URL = jwks.url
    settings.FORGE_ENVIRONMENT_TYPE = ""
    settings.FORGE_WEBTRIGGER_ALLOW_LOOPBACK = True
    settings.BITBUCKET_API_URL = "https://api.bitbucket.org"
    settings.BITBUCKET_API_ALLOWED_BASES = ["https://api.bitbucket.org"]
    settings.TRACE_KMS_BACKEND = "local"
    settings.TRACE_KMS_LOCAL_KEY_FILE = tmp_path / "kms" / "keyring.json"
    bb_config.reset_caches()
    reset_kms_cache()
    yield settings
    bb_config.reset_caches()
    reset_kms_cache()


ForgeCall = Callable[..., Any]


@pytest.fixture
def forge_call(forge_settings: Any) -> ForgeCall:
    """POST to a /forge/v1 path with a freshly minted FIT (kwargs go to `claims`)."""

    def call(
        path: str,
        body: dict[str, Any] | None = None,
        *,
        system_token: str | None = None,
        token: str | None = None,
        method: str = "post",
        **claim_kw: Any,
    ) -> Any:
        fit = token if token is not None else mint(FORGE_KEY, claims(**claim_kw))
        headers = {"Authorization": f"Bearer {fit}"}
        if system_token is not None:
            headers["x-forge-oauth-system"] = system_token
        client = Client()
        if method == "get":
            return client.get(f"/forge/v1/{path}", headers=headers)
        return client.post(
            f"/forge/v1/{path}", data=body or {}, content_type="application/json", headers=headers
        )

    return call
