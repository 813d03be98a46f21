"""The GitHub journey in a real browser, next to Bitbucket in the same views: Settings →
Integrations → GitHub → Install on GitHub → (emulated GitHub) sign in, choose the organization,
install → back in Trace, bound after the user-token check → repositories listed by the worker →
scan a repository → its findings carry the GitHub badge and link to GitHub at the scanned commit
→ uninstall on GitHub → the connection is inactive in Trace.

Real processes: `trace serve` (gunicorn + task worker) and the emulator, over loopback HTTP; the
App's secrets go into Trace's key ring with `trace manage github_app import`."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.paths import REPO_ROOT
from tests.support.ports import free_port
from tests.support.pull_requests import SHELL_FLAW
from tests.support.scan_page import watch_scan
from tests.support.serving import clean_environment, serving_trace, sign_up_owner

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(420)]

TRACE = str(Path(sys.executable).parent / "trace")


@pytest.fixture
def trace_and_github(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    from trace_emulator.testing import start_emulator

    port = free_port()
    trace_url = f"http://127.0.0.1:{port}"
    emu = start_emulator(remote_url=trace_url, seed="demo")
    gh = emu.github
    gh.configure_app(requestOauthOnInstall=True)
    app = gh.app()
    env = clean_environment(
        TRACE_DATA_DIR=str(tmp_path / "data"),
        TRACE_BASE_URL=trace_url,
        TRACE_EMAIL_BACKEND="console",
        TRACE_EMULATOR_URL=emu.base_url,
        GITHUB_APP_ID=str(app["id"]),
        GITHUB_APP_SLUG=app["slug"],
        GITHUB_APP_CLIENT_ID=app["clientId"],
    )
    try:
        with serving_trace(env, port, tmp_path / "server.log"):
            import_app_secrets(env, app, tmp_path / "secrets")
            yield trace_url, emu
    finally:
        emu.stop()


def import_app_secrets(env: dict[str, str], app: dict[str, Any], directory: Path) -> None:
    """`trace manage github_app import` from files, as an operator would; the files go after."""
    directory.mkdir(mode=0o700)
    (directory / "app.pem").write_text(app["privateKeyPem"])
    (directory / "hook.txt").write_text(app["webhookSecret"])
    (directory / "client.txt").write_text(app["clientSecret"])
    imported = subprocess.run(
        [
            TRACE, "manage", "github_app", "import",
            "--private-key", str(directory / "app.pem"),
            "--webhook-secret-file", str(directory / "hook.txt"),
            "--client-secret-file", str(directory / "client.txt"),
        ],
        env=env, cwd=str(REPO_ROOT), capture_output=True, text=True, check=False,
    )  # fmt: skip
    for path in directory.iterdir():
        path.unlink()  # as the docs say: the files go once the key ring holds the secrets
    assert imported.returncode == 0, imported.stderr
    assert "private_key: imported (SHA256:" in imported.stdout


def test_install_bind_sync_scan_findings_uninstall(
    trace_and_github: tuple[str, Any], browser: Any, shot: Any
) -> None:
    trace, emu = trace_and_github
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    sign_up_owner(page, trace)

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

    # A pull request on GitHub: the worker scans its change and publishes a check run; the
    # repository page lists it under "Pull requests", and its scan page shows the check.
    opened = emu.github.open_pull(
        "northwind",
        "orders-service",
        head="feature/archive",
        title="Archive orders",
        files={"orders/archive.py": SHELL_FLAW},
    )
    assert [d["status_code"] for d in opened["deliveries"]] == [200]
    page.goto(f"{trace}/repositories/")
    page.get_by_role("link", name="northwind/orders-service").click()
    page.wait_for_selector("[data-testid=pull-request-scans]")
    conclusion = page.get_by_test_id("check-conclusion")
    for _ in range(120):
        if conclusion.count():
            break
        page.wait_for_timeout(1000)
        page.reload()
    assert conclusion.first.inner_text() == "failure"
    page.get_by_role("link", name=re.compile(r"#1 Archive orders")).click()
    panel = page.get_by_test_id("pull-request-scan")
    assert "Pull request #1: Archive orders" in panel.inner_text()
    assert "orders/archive.py" in page.get_by_test_id("pull-request-findings").inner_text()
    check_link = page.get_by_test_id("check-link").get_attribute("href") or ""
    assert check_link.startswith(f"{emu.base_url}/github/northwind/orders-service/runs/")
    shot(page, "gh-05b-pull-request-check")

    # Bitbucket beside it, in the same views: pair the demo workspace and scan one of its
    # repositories; the repository list and the findings carry each provider's badge and link.
    installed = emu.client.install("acme")
    pairing = emu.client.ui_invoke(
        installed["installation"]["id"], "/forge/v1/pairing-code", account="ada"
    )
    page.goto(f"{trace}/settings/integrations/bitbucket/")
    page.get_by_label("Pairing code").fill(pairing["body"]["code"])
    page.get_by_role("button", name="Connect workspace").click()
    page.wait_for_selector("[data-testid=connection][data-sync=ok]", timeout=60_000)
    page.goto(f"{trace}/repositories/")
    badges = page.get_by_test_id("provider-badge").all_inner_texts()
    assert {"GitHub", "Bitbucket Cloud"} <= set(badges), badges
    page.get_by_role("link", name="acme/payments-api").click()
    assert page.get_by_test_id("provider-badge").first.inner_text() == "Bitbucket Cloud"
    bitbucket_repository = page.url.rstrip("/").rsplit("/", 1)[-1]
    page.get_by_test_id("scan-button").click()
    page.wait_for_selector('[data-testid="scan-status"]')
    seen = watch_scan(page, timeout=240)
    assert seen[-1] == "completed", seen
    page.goto(f"{trace}/findings/?repository={bitbucket_repository}")
    rows = page.get_by_test_id("finding-row")
    assert rows.count() > 0
    assert "Bitbucket" in rows.first.inner_text()
    rows.first.get_by_role("link").first.click()
    link = page.get_by_test_id("host-file-link").get_attribute("href") or ""
    assert re.search(r"/acme/payments-api/src/[0-9a-f]{40}/", link), link
    shot(page, "gh-06-bitbucket-beside")

    # Uninstall on GitHub: the signed webhook makes the connection inactive at once.
    [installation] = [i for i in emu.github.installations() if not i.get("deleted")]
    emu.github.uninstall(installation["id"], by="olivia-owner")
    page.goto(f"{trace}/settings/integrations/github/")
    assert page.get_by_test_id("connection-status").inner_text() == "Inactive"
    assert "uninstalled" in page.get_by_test_id("inactive-reason").inner_text()
    shot(page, "gh-07-inactive")
    context.close()
