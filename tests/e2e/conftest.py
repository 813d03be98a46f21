"""Browser-test fixtures: a real `trace serve` on a free loopback port with a fresh SQLite data dir,
and headless Debian Chromium driven by Playwright (sync API)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import REPO_ROOT
from tests.support.ports import free_port
from tests.support.serving import clean_environment, serving_trace

ARTEFACTS = REPO_ROOT / "test-artefacts"


@pytest.fixture(scope="session")
def trace_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("e2e-data")
    port = free_port()
    env = clean_environment(
        TRACE_DATA_DIR=str(data),
        TRACE_BASE_URL=f"http://127.0.0.1:{port}",
        TRACE_EMAIL_BACKEND="console",
    )
    with serving_trace(env, port, data / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def artefacts() -> Path:
    ARTEFACTS.mkdir(exist_ok=True)
    return ARTEFACTS


@pytest.fixture
def shot(artefacts: Path) -> Any:
    def take(page: Any, name: str) -> None:
        page.screenshot(path=str(artefacts / f"{name}.png"), full_page=True)

    return take
