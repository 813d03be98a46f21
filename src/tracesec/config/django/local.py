"""Local and demo settings: SQLite in the data directory, console email, a persisted dev key."""

from __future__ import annotations

import secrets

from tracesec.config.django.base import *  # noqa: F403
from tracesec.config.django.base import DATA_DIR, STORAGES
from tracesec.config.env import env_str


def _local_secret_key() -> str:
    """`TRACE_SECRET_KEY`, else a random key generated once and kept in the data directory."""
    configured = env_str("TRACE_SECRET_KEY")
    if configured:
        return configured
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50))
    return key_file.read_text().strip()


SECRET_KEY = _local_secret_key()
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)  # whitenoise expects STATIC_ROOT
