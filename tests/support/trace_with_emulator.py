"""Trace (pytest-django live server) ⇄ the emulator (thread), over real loopback HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tracesec.integrations.bitbucket import config as bb_config
from tracesec.kms import reset_kms_cache

EmuFactory = Callable[..., Any]


@pytest.fixture
def trace_with_emulator(live_server: Any, settings: Any, tmp_path: Path) -> Iterator[EmuFactory]:
    """`start(**switches)` → a running emulator whose remote is this test's live Trace."""
    from trace_emulator.testing import start_emulator

    started: list[Any] = []

    def start(**switches: Any) -> Any:
        switches.setdefault("runner", "python")
        emu = start_emulator(remote_url=live_server.url, **switches)
        started.append(emu)
        values = emu.trace_settings()
        settings.FORGE_JWKS_URL = values["FORGE_JWKS_URL"]
        settings.FORGE_APP_ID = values["FORGE_APP_ID"]
        settings.FORGE_ENVIRONMENT_TYPE = "PRODUCTION"
        settings.BITBUCKET_API_URL = values["BITBUCKET_API_URL"]
        settings.BITBUCKET_API_ALLOWED_BASES = [values["BITBUCKET_API_URL"]]
        settings.BITBUCKET_GIT_URL = values["BITBUCKET_GIT_URL"]
        settings.FORGE_WEBTRIGGER_ALLOW_LOOPBACK = True
        settings.TRACE_KMS_BACKEND = "local"
        settings.TRACE_KMS_LOCAL_KEY_FILE = tmp_path / "kms" / "keyring.json"
        settings.TRACE_TOKEN_PULL_TIMEOUT_SECONDS = 20
        bb_config.reset_caches()
        reset_kms_cache()
        return emu

    yield start
    for emu in started:
        emu.stop()
    bb_config.reset_caches()
    reset_kms_cache()
