"""Browser-test fixtures: a real `trace serve` on a free loopback port with a fresh SQLite data dir,
and headless Debian Chromium driven by Playwright (sync API)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTEFACTS = REPO_ROOT / "test-artefacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_environment(**values: str) -> dict[str, str]:
    """This process's environment without Trace/Django settings, plus `values`."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TRACE_", "DJANGO_", "DATABASE"))
    }
    env.update(values)
    return env


@contextmanager
def serving_trace(env: dict[str, str], port: int, log_path: Path) -> Iterator[str]:
    """`trace serve` on `port` with `env`, once /healthz answers; stopped with SIGINT after."""
    log = log_path.open("w")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "trace"), "serve", "--port", str(port)],
        env=env,
        cwd=str(REPO_ROOT),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log.close()
                pytest.fail("trace serve did not start:\n" + log_path.read_text())
            time.sleep(0.3)
    try:
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def trace_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("e2e-data")
    port = _free_port()
    env = clean_environment(
        TRACE_DATA_DIR=str(data),
        TRACE_BASE_URL=f"http://127.0.0.1:{port}",
        TRACE_EMAIL_BACKEND="console",
    )
    with serving_trace(env, port, data / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def artefacts() -> Path:
    ARTEFACTS.mkdir(exist_ok=True)
    return ARTEFACTS


@pytest.fixture
def shot(artefacts: Path) -> Any:
    def take(page: Any, name: str) -> None:
        page.screenshot(path=str(artefacts / f"{name}.png"), full_page=True)

    return take
