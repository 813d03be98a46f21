"""The service CLI through its real entry points: help, createadmin, demo setup, serve + Ctrl-C."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization

from tests.support.paths import REPO_ROOT
from tests.support.ports import free_port
from tracesec.cli.main import main

TRACE = str(Path(sys.executable).parent / "trace")
INVITE_TOKEN = "inv1tat10n-t0ken-Zm9vYmFyYmF6"
RESET_TOKEN = "cxk2qn-0a1b2c3d4e5f60718293"


@pytest.mark.parametrize("command", ["serve", "worker", "demo", "createadmin", "check"])
def test_help_for_every_service_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    assert "usage: trace " + command in capsys.readouterr().out


def test_manage_help_is_djangos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TRACE_DATA_DIR", str(tmp_path))
    assert main(["manage", "help"]) == 0
    out = capsys.readouterr().out
    assert "Available subcommands" in out
    assert "db_worker" in out


def _env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TRACE_", "DJANGO_", "DATABASE"))
    }
    env["TRACE_DATA_DIR"] = str(tmp_path / "data")
    return env


@pytest.fixture(scope="module")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir migrated once with `trace manage migrate` (also the passthrough's test)."""
    base = tmp_path_factory.mktemp("cli-template")
    result = _run(["manage", "migrate", "--noinput"], _env(base))
    assert result.returncode == 0, result.stderr
    return base / "data"


@pytest.fixture
def migrated_env(tmp_path: Path, migrated_template: Path) -> dict[str, str]:
    shutil.copytree(migrated_template, tmp_path / "data")
    return _env(tmp_path)


def _run(args: list[str], env: dict[str, str], stdin: str | None = None, timeout: int = 120):
    return subprocess.run(
        [TRACE, *args],
        env=env,
        cwd=str(REPO_ROOT),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_manage_passthrough_and_createadmin(migrated_env: dict[str, str]) -> None:
    env = migrated_env
    created = _run(
        ["createadmin", "--email", "Root@Example.com", "--password-stdin", "--organization", "Ops"],
        env,
        stdin="a-long-admin-password-1\n",
    )
    assert created.returncode == 0, created.stderr
    assert "created admin root@example.com" in created.stdout
    assert "a-long-admin-password-1" not in created.stdout + created.stderr
    again = _run(
        ["createadmin", "--email", "root@example.com", "--password-stdin"],
        env,
        stdin="a-long-admin-password-1\n",
    )
    assert again.returncode == 2
    assert "already exists" in again.stderr
    weak = _run(["createadmin", "--email", "x@example.com", "--password-stdin"], env, stdin="123\n")
    assert weak.returncode == 2
    assert "Traceback" not in weak.stderr
    shell = _run(
        [
            "manage",
            "shell",
            "-c",
            "from tracesec.organizations.models import Membership as M;"
            "m = M.objects.get(user__email='root@example.com');"
            "print(m.organization.name, m.role, m.user.is_superuser)",
        ],
        env,
    )
    # (Django 5.2 may print an auto-import notice first.)
    assert shell.stdout.strip().splitlines()[-1] == "Ops owner True", shell.stderr


def test_demo_setup_creates_org_and_user_idempotently(migrated_env: dict[str, str]) -> None:
    env = migrated_env
    first = _run(["demo", "--setup-only", "--port", "8123"], env)
    assert first.returncode == 0, first.stderr
    assert "http://127.0.0.1:8123/" in first.stdout
    login = re.search(r"sign in:\s+demo@trace\.local / (\S+)", first.stdout)
    assert login, first.stdout
    password = login.group(1)
    # The emulator's URL and its two personas are printed next to Trace's login.
    assert "http://127.0.0.1:8401/" in first.stdout
    assert "Ada Admin" in first.stdout
    # The bundled demo advisories are imported once, so SCA works offline.
    assert "imported" in first.stdout
    second = _run(["demo", "--setup-only", "--port", "8123"], env)
    again = re.search(r"sign in:\s+demo@trace\.local / (\S+)", second.stdout)
    assert again, second.stdout
    assert again.group(1) == password
    assert "imported" not in second.stdout
    check = _run(
        [
            "manage",
            "shell",
            "-c",
            "from tracesec.accounts.models import User;"
            f"u = User.objects.get(email='demo@trace.local'); print(u.check_password('{password}'),"
            " u.memberships.count(), u.memberships.get().organization.name)",
        ],
        env,
    )
    assert check.stdout.strip().splitlines()[-1] == "True 1 Acme Corp", check.stderr


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.timeout(120)
def test_serve_runs_web_worker_and_scheduler_and_stops_on_ctrl_c(
    tmp_path: Path, migrated_env: dict[str, str]
) -> None:
    env = migrated_env
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [TRACE, "serve", "--port", str(port), "--web-workers", "1"],
            env=env,
            cwd=str(REPO_ROOT),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and status is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    status = r.status
            except OSError:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.3)
        assert status == 200, log.read_text()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/signin/", timeout=5) as r:
            assert r.status == 200
            assert "Content-Security-Policy" in r.headers
        # Links whose path is a token, and a page they refer to: none reaches the access log.
        for path, referer in [
            (f"/invite/{INVITE_TOKEN}/", ""),
            (f"/password-reset/MQ/{RESET_TOKEN}/", ""),
            ("/signin/", f"http://127.0.0.1:{port}/invite/{INVITE_TOKEN}/"),
        ]:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}{path}", headers={"Referer": referer}
            )
            with contextlib.suppress(urllib.error.HTTPError):  # the tokens are invalid: 404
                urllib.request.urlopen(request, timeout=5).close()
        children = [int(p) for p in re.findall(r"started \w+ \(pid (\d+)\)", log.read_text())]
        assert len(children) == 3  # web + worker + scheduler
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=40) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
    text = log.read_text()
    assert "shutting down" in text
    assert '"GET /invite/[REDACTED]/ HTTP/1.1" 404' in text  # gunicorn's own access-log line
    assert '"GET /password-reset/MQ/[REDACTED]/ HTTP/1.1"' in text
    assert f"http://127.0.0.1:{port}/invite/[REDACTED]/" in text  # the Referer atom
    assert INVITE_TOKEN not in text
    assert RESET_TOKEN not in text
    time.sleep(0.5)
    assert not [pid for pid in children if _pid_alive(pid)]


@pytest.mark.parametrize(
    "url", ["mysql://admin:sekrit-pw@db/trace", "postgres://admin:sekrit-pw@127.0.0.1:1/trace"]
)
def test_serve_with_a_broken_database_url_is_a_clear_error(tmp_path: Path, url: str) -> None:
    env = {**_env(tmp_path), "DATABASE_URL": url}
    result = _run(["serve", "--port", str(free_port())], env, timeout=60)
    assert result.returncode == 5
    assert "error:" in result.stderr
    assert "Traceback" not in result.stderr
    assert "sekrit-pw" not in result.stdout + result.stderr


def _answers(url: str) -> int:
    with urllib.request.urlopen(url, timeout=5) as r:
        return int(r.status)


@pytest.mark.timeout(240)
def test_demo_prints_one_banner_once_everything_answers_then_ready(
    tmp_path: Path, migrated_env: dict[str, str]
) -> None:
    """The banner and the final ready line come only when web, worker and emulator answer; the
    terminal shows no service logs (they go to data/logs/demo.log in one format)."""
    port, emulator_port = free_port(), free_port()
    log = tmp_path / "demo.out"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [TRACE, "demo", "--port", str(port), "--emulator-port", str(emulator_port)],
            env={**migrated_env, "TRACE_EMAIL_BACKEND": "console"},
            cwd=str(REPO_ROOT),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 180
        while "Trace is ready" not in log.read_text():
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        # Everything the banner names answers at once, without retrying.
        assert _answers(f"http://127.0.0.1:{port}/healthz") == 200
        assert _answers(f"http://127.0.0.1:{emulator_port}/") == 200
        printed = log.read_text()
        lines = printed.strip().splitlines()
        assert lines[-1] == f"Trace is ready at http://127.0.0.1:{port}/ (Ctrl-C to stop)", printed
        assert printed.count("Trace demo\n") == 1
        assert re.search(r"sign in:\s+demo@trace\.local / \S+", printed)
        assert f"http://127.0.0.1:{emulator_port}/" in printed
        service_log = (tmp_path / "data" / "logs" / "demo.log").read_text()
        # One format in the log file: "HH:MM:SS name | line"; none of it on the terminal.
        assert all(
            re.match(r"\d\d:\d\d:\d\d (web|worker|emulator) +\| ", line)
            for line in service_log.splitlines()
        ), service_log
        for noise in ('{"event"', "Starting gunicorn", "INFO", "installed into acme"):
            assert noise not in printed, printed
        _assert_demo_github_app_is_imported(tmp_path, emulator_port, migrated_env)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
    assert log.read_text().strip().splitlines()[-1] == "shutting down...", log.read_text()
    # Written by the services while they started (the log is complete once they stopped): the
    # worker ran the ping the demo enqueues, the emulator installed the app.
    service_log = (tmp_path / "data" / "logs" / "demo.log").read_text()
    assert "tracesec.common.tasks.ping state=SUCCESSFUL" in service_log
    assert "installed into acme" in service_log


def _assert_demo_github_app_is_imported(
    tmp_path: Path, emulator_port: int, env: dict[str, str]
) -> None:
    """The demo registered its GitHub App with the emulator (the client id Trace's processes
    run with) and sealed the App's key and secrets into Trace's key ring: the fingerprints
    Trace reports are those of what the emulated GitHub holds."""
    app = httpx.get(f"http://127.0.0.1:{emulator_port}/_emu/github/app", timeout=10).json()
    assert app["clientId"] == (tmp_path / "data" / "github-client-id").read_text().strip()
    assert app["requestOauthOnInstall"] is True
    public = serialization.load_pem_private_key(
        app["privateKeyPem"].encode(), password=None
    ).public_key()
    der = public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    status = subprocess.run(
        [TRACE, "manage", "github_app", "status"],
        env=env,
        cwd=str(REPO_ROOT),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    key_print = "SHA256:" + base64.b64encode(hashlib.sha256(der).digest()).decode()
    assert f"private_key: {key_print}" in status, status
    hook_print = "sha256:" + hashlib.sha256(app["webhookSecret"].encode()).hexdigest()[:12]
    assert f"webhook_secret: {hook_print}" in status, status
    assert "client_secret: sha256:" in status, status
