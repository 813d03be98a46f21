"""The demo's GitHub App: registered with the emulated GitHub and imported into Trace.

On real GitHub a developer registers the App, copies its client id into Trace's settings and
imports the private key and secrets into the key ring (`trace manage github_app import`). The
demo does the same against the emulator: it chooses the client id before the processes start
(the web server and worker read it from the environment), and once the emulator answers it
downloads the App's credentials from the emulator's control API and seals them into the key
ring, so the demo GitHub organization is ready to connect.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import httpx

_CLIENT_ID_FILE = "github-client-id"


def demo_github_client_id(directory: Path) -> str:
    """The demo App's client id (public, like GitHub's): kept in the data directory, and put in
    the environment the demo's processes inherit."""
    path = directory / _CLIENT_ID_FILE
    if not path.exists():
        path.write_text("Iv23li" + secrets.token_hex(7))
    client_id = path.read_text().strip()
    os.environ.setdefault("GITHUB_APP_CLIENT_ID", client_id)
    return os.environ["GITHUB_APP_CLIENT_ID"]


def demo_github_app_import(emulator_url: str) -> None:
    """Ask the emulated GitHub for user authorization during installation (Trace binds an
    installation only after checking the installing user's access) and seal the App's private
    key, webhook secret and client secret into Trace's key ring."""
    # Models load only once the CLI has set Django up (prepare_service), as elsewhere in cli/.
    from tracesec.integrations.github.app_secrets import AppSecret, app_secret_import

    response = httpx.post(
        f"{emulator_url}/_emu/github/app",
        json={"requestOauthOnInstall": True},
        timeout=10.0,
    )
    response.raise_for_status()
    app = response.json()
    app_secret_import(AppSecret.PRIVATE_KEY, app["privateKeyPem"].encode())
    app_secret_import(AppSecret.WEBHOOK_SECRET, app["webhookSecret"].encode())
    app_secret_import(AppSecret.CLIENT_SECRET, app["clientSecret"].encode())
