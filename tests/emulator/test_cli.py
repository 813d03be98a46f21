"""`python -m trace_emulator`: help, start-up time, loopback bind, clean shutdown on signals."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from trace_emulator.seed import DEMO_SEED


def test_help() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "trace_emulator", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 0
    for flag in (
        "--port",
        "--seed",
        "--state-dir",
        "--remote-url",
        "--app-id",
        "--envelope",
        "--gating",
        "--host",
    ):
        assert flag in proc.stdout


def _start(tmp_path: Path, *flags: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "trace_emulator", "--port", "0", "--no-seed",
         "--state-dir", str(tmp_path), *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _stop(proc: subprocess.Popen[str], sig: signal.Signals = signal.SIGTERM) -> None:
    proc.send_signal(sig)
    try:
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_starts_prints_urls_and_shuts_down_cleanly(sig: signal.Signals, tmp_path) -> None:
    started = time.monotonic()
    proc = _start(tmp_path)
    try:
        assert proc.stdout is not None
        ready = json.loads(proc.stdout.readline())
        elapsed = time.monotonic() - started
        # "well under a second" on an idle machine; generous here for loaded CI runners
        assert elapsed < 10, elapsed
        assert ready["event"] == "emulator_ready"
        assert ready["baseUrl"].startswith("http://127.0.0.1:")
        jwks = httpx.get(ready["jwksUrl"]).json()
        assert jwks["keys"][0]["alg"] == "RS256"
    finally:
        _stop(proc, sig)


def test_ready_format_text_prints_one_line_for_people(tmp_path: Path) -> None:
    proc = _start(tmp_path, "--ready-format", "text")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("Trace emulator on http://127.0.0.1:"), line
        base_url = line.split()[3].rstrip("/")
        assert httpx.get(f"{base_url}/.well-known/jwks.json").status_code == 200
    finally:
        _stop(proc)
    assert proc.stdout.read() == ""  # one line, and no JSON anywhere
    assert "{" not in (proc.stderr.read() if proc.stderr else "")


def test_bad_seed_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "seed.yml"
    bad.write_text("workspaces: [{slug: a, members: [{user: nobody}]}]\n")
    proc = subprocess.run(
        [sys.executable, "-m", "trace_emulator", "--seed", str(bad)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2
    assert "unknown member nobody" in proc.stderr


def test_demo_seed_exists() -> None:
    assert DEMO_SEED.exists()


def test_install_at_start_delivers_lifecycle(remote) -> None:
    from trace_emulator.testing import start_emulator

    running = start_emulator(mode="subprocess", remote_url=remote.url, seed="demo")
    try:
        inst = running.client.install("acme")["installation"]
        assert remote.to("/forge/v1/lifecycle")[0].json()["event"]["id"] == inst["id"]
        assert running.info["runner"] in ("node", "python")
    finally:
        running.stop()
    proc = subprocess.Popen(
        [sys.executable, "-m", "trace_emulator", "--remote-url", remote.url, "--install", "acme",
         "--runner", "python"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        json.loads(proc.stdout.readline())
        deadline = time.monotonic() + 15
        while len(remote.to("/forge/v1/lifecycle")) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(remote.to("/forge/v1/lifecycle")) == 2
    finally:
        proc.terminate()
        assert proc.wait(timeout=15) == 0
