"""The emulated GitHub (its App configured as Trace's) and the steps to bind an installation
to an organization over real HTTP: shared by the emulator flow tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tracesec.integrations.github.app_secrets import (
    AppSecret,
    app_secret_import,
    forget_cached_secrets,
)
from tracesec.integrations.github.sync import connection_sync
from tracesec.integrations.models import Connection
from tracesec.kms import reset_kms_cache


@pytest.fixture
def emulated(live_server: Any, settings: Any, tmp_path: Any) -> Iterator[Any]:
    from trace_emulator.testing import start_emulator

    emu = start_emulator(remote_url=live_server.url, runner="python")
    try:
        gh = emu.github
        # The emulator's default App URLs are Trace's own (webhook/, setup/, callback/).
        gh.configure_app(requestOauthOnInstall=True)
        app = gh.app()
        settings.TRACE_KMS_BACKEND = "local"
        settings.TRACE_KMS_LOCAL_KEY_FILE = tmp_path / "kms" / "keyring.json"
        settings.GITHUB_APP_ID = str(app["id"])
        settings.GITHUB_APP_SLUG = app["slug"]
        settings.GITHUB_APP_CLIENT_ID = app["clientId"]
        settings.GITHUB_API_URL = emu.info["github"]["apiUrl"]
        settings.GITHUB_WEB_URL = emu.info["github"]["webUrl"]
        settings.GITHUB_GIT_URL = emu.info["github"]["webUrl"]
        reset_kms_cache()
        forget_cached_secrets()
        app_secret_import(AppSecret.PRIVATE_KEY, app["privateKeyPem"].encode())
        app_secret_import(AppSecret.WEBHOOK_SECRET, app["webhookSecret"].encode())
        app_secret_import(AppSecret.CLIENT_SECRET, app["clientSecret"].encode())
        yield emu
    finally:
        emu.stop()
        forget_cached_secrets()
        reset_kms_cache()


def account_id(gh: Any, login: str) -> int:
    return int(next(a["id"] for a in gh.accounts() if a["login"] == login))


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def install_and_bind(emu: Any, client: Any, installer: str = "olivia-owner") -> Any:
    """Install the App on `northwind` from Trace's install page, land on the callback, sync.
    Returns the bound connection."""
    gh = emu.github
    response = client.post("/settings/integrations/github/install/")
    state = query(response["Location"])["state"]
    back = gh.install_in_browser(installer, account_id(gh, "northwind"), state=state)
    landed = client.get(urlsplit(back).path, query(back))
    assert landed.status_code == 302, landed.content[:500]
    connection = Connection.objects.get(provider="github")
    connection_sync(connection_id=connection.pk)
    return connection
