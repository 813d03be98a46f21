"""The GitHub journey in a real browser, next to Bitbucket in the same views: Settings →
Integrations → GitHub → Install on GitHub → (emulated GitHub) sign in, choose the organization,
install → back in Trace, bound after the user-token check → repositories listed by the worker →
scan a repository → its findings carry the GitHub badge and link to GitHub at the scanned commit
→ uninstall on GitHub → the connection is inactive in Trace.

Real processes: `trace serve` (gunicorn + task worker) and the emulator, over loopback HTTP; the
App's secrets go into Trace's key ring with `trace manage github_app import`."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.e2e.conftest import _free_port
from tests.e2e.test_scan_flow import watch_scan

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(420)]

TRACE = str(Path(sys.executable).parent / "trace")


@pytest.fixture
def trace_and_github(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    from trace_emulator.testing import start_emulator

    port = _free_port()
    trace_url = f"http://127.0.0.1:{port}"
    emu = start_emulator(remote_url=trace_url, seed="demo")
    gh = emu.github
    gh.configure_app(requestOauthOnInstall=True)
    app = gh.app()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TRACE_", "DJANGO_", "DATABASE"))
    }
    env.update(
        TRACE_DATA_DIR=str(tmp_path / "data"),
        TRACE_BASE_URL=trace_url,
        TRACE_EMAIL_BACKEND="console",
        TRACE_EMULATOR_URL=emu.base_url,
        GITHUB_APP_ID=str(app["id"]),
        GITHUB_APP_SLUG=app["slug"],
        GITHUB_APP_CLIENT_ID=app["clientId"],
    )
    log_path = tmp_path / "server.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [TRACE, "serve", "--port", str(port)],
        env=env,
        cwd=str(REPO_ROOT),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{trace_url}/healthz", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                emu.stop()
                pytest.fail("trace serve did not start:\n" + log_path.read_text())
            time.sleep(0.3)
    secrets_dir = tmp_path / "secrets"
    secrets_dir.mkdir(mode=0o700)
    (secrets_dir / "app.pem").write_text(app["privateKeyPem"])
    (secrets_dir / "hook.txt").write_text(app["webhookSecret"])
    (secrets_dir / "client.txt").write_text(app["clientSecret"])
    imported = subprocess.run(
        [
            TRACE, "manage", "github_app", "import",
            "--private-key", str(secrets_dir / "app.pem"),
            "--webhook-secret-file", str(secrets_dir / "hook.txt"),
            "--client-secret-file", str(secrets_dir / "client.txt"),
        ],
        env=env, cwd=str(REPO_ROOT), capture_output=True, text=True, check=False,
    )  # fmt: skip
    for path in secrets_dir.iterdir():
        path.unlink()  # as the docs say: the files go once the key ring holds the secrets
    assert imported.returncode == 0, imported.stderr
    assert "private_key: imported (SHA256:" in imported.stdout
    try:
        yield trace_url, emu
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        emu.stop()


def test_install_bind_sync_scan_findings_uninstall(
    trace_and_github: tuple[str, Any], browser: Any, shot: Any
) -> None:
    trace, emu = trace_and_github
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(f"{trace}/signup/")
    page.get_by_label("Your name").fill("Olivia Owner")
    page.get_by_label("Work email").fill("olivia@example.com")
    page.get_by_label("Password").fill("olivia-strong-pass-1")
    page.get_by_label("Organization name").fill("Northwind Security")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(f"{trace}/")

    # Settings → Integrations → GitHub → Install on GitHub.
    page.goto(f"{trace}/settings/integrations/")
    page.get_by_test_id("github-settings-link").click()
    page.wait_for_url(re.compile(r".*/settings/integrations/github/$"))
    shot(page, "gh-01-steps")
    page.get_by_test_id("install-on-github").click()

    # The emulated GitHub: sign in as the organization owner, install on northwind.
    page.wait_for_url(re.compile(re.escape(emu.base_url) + r"/github/.*"))
    page.get_by_role("button", name=re.compile(r"Sign in as .*@olivia-owner")).click()
    page.get_by_role("link", name="Install on northwind").click()
    shot(page, "gh-02-github-install")
    page.get_by_role("button", name="Install").click()

    # Back in Trace: bound, and the worker lists the repositories.
    page.wait_for_url(re.compile(r".*/settings/integrations/github/.*"))
    page.wait_for_selector("[data-testid=connection][data-sync=ok]", timeout=60_000)
    card = page.get_by_test_id("connection").first
    assert "northwind" in card.inner_text()
    assert card.get_by_test_id("connection-status").inner_text() == "Active"
    shot(page, "gh-03-connected")

    page.goto(f"{trace}/repositories/")
    assert page.get_by_text("northwind/orders-service").first.is_visible()
    page.get_by_role("link", name="northwind/orders-service").click()
    assert page.get_by_test_id("provider-badge").first.inner_text() == "GitHub"
    page.get_by_test_id("scan-button").click()
    page.wait_for_selector('[data-testid="scan-status"]')
    seen = watch_scan(page, timeout=240)
    assert seen[-1] == "completed", seen
    shot(page, "gh-04-scanned")

    page.goto(f"{trace}/findings/")
    rows = page.get_by_test_id("finding-row")
    assert rows.count() > 0
    assert "GitHub" in rows.first.inner_text()
    rows.first.get_by_role("link").first.click()
    link = page.get_by_test_id("host-file-link").get_attribute("href") or ""
    assert re.match(
        re.escape(emu.base_url) + r"/github/northwind/orders-service/blob/[0-9a-f]{40}/", link
    ), link
    shot(page, "gh-05-finding")

    # Uninstall on GitHub: the signed webhook makes the connection inactive at once.
    [installation] = [i for i in emu.github.installations() if not i.get("deleted")]
    emu.github.uninstall(installation["id"], by="olivia-owner")
    page.goto(f"{trace}/settings/integrations/github/")
    assert page.get_by_test_id("connection-status").inner_text() == "Inactive"
    assert "uninstalled" in page.get_by_test_id("inactive-reason").inner_text()
    shot(page, "gh-06-inactive")
    context.close()
