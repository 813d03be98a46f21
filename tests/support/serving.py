"""A real `trace serve` for browser tests, in a clean environment, and its first owner."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import REPO_ROOT


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


def sign_up_owner(page: Any, trace_url: str) -> None:
    """Sign up Olivia, owner of a new organization (Northwind Security), on the served Trace."""
    page.goto(f"{trace_url}/signup/")
    page.get_by_label("Your name").fill("Olivia Owner")
    page.get_by_label("Work email").fill("olivia@example.com")
    page.get_by_label("Password").fill("olivia-strong-pass-1")
    page.get_by_label("Organization name").fill("Northwind Security")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(f"{trace_url}/")
