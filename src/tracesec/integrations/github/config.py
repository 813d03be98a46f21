"""Settings-derived values for the GitHub integration (one place reads the settings)."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def app_id() -> str:
    return str(settings.GITHUB_APP_ID)


def api_base_url() -> str:
    return str(settings.GITHUB_API_URL).rstrip("/")


def web_base_url() -> str:
    return str(settings.GITHUB_WEB_URL).rstrip("/")


def git_base_url() -> str:
    return str(settings.GITHUB_GIT_URL).rstrip("/")


def install_url(state: str) -> str:
    """GitHub's install page for the app; `state` comes back with the callback."""
    return f"{web_base_url()}/apps/{settings.GITHUB_APP_SLUG}/installations/new?state={state}"


def state_hmac_key() -> bytes:
    """Key for setup-state HMACs, derived from SECRET_KEY under its own label."""
    return hmac.new(
        settings.SECRET_KEY.encode(), b"trace.github.setup-state", hashlib.sha256
    ).digest()


def is_configured() -> bool:
    return bool(
        settings.GITHUB_APP_ID and settings.GITHUB_APP_SLUG and settings.GITHUB_APP_CLIENT_ID
    )
