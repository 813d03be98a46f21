"""In a real browser: click Scan, watch the phases live, filter findings, ignore one with a
reason, re-scan, and see it stay ignored.

Everything is real: Trace's live server, the Bitbucket/Forge emulator over loopback HTTP, a
`db_worker` process running the scan (just-in-time token, git clone, the three engines), and
headless Chromium. Screenshots go to test-artefacts/scan-*.png.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.factories import DEFAULT_PASSWORD, MembershipFactory, OrganizationFactory
from tests.support.emulated import CONFIG_V1, configure, connect, emulator_for
from tests.support.scan_page import watch_scan
from tests.support.workers import start_worker, worker_env
from tracesec.findings.models import Finding, Status
from tracesec.organizations.models import Role
from tracesec.scans.models import Scan

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.integration,
    pytest.mark.timeout(300),
    pytest.mark.django_db(transaction=True),
]


# Playwright's sync API keeps an event loop running in the main thread for the whole session
# (the browser fixture is session-scoped), which makes Django refuse ORM calls made by test
# set-up and teardown here. They are plain synchronous test code, not request handling.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def scene(live_server: Any, settings: Any, tmp_path: Path) -> Iterator[Any]:
    org = OrganizationFactory(name="Acme Security")
    member = MembershipFactory(organization=org, role=Role.ADMIN)
    with emulator_for(live_server.url) as emu:
        configure(settings, emu, tmp_path)
        # pushed before pairing: Trace is not yet told of pushes, so nothing is scanned until
        # the test presses Scan (a push after pairing queues a push scan)
        emu.client.push_commit("acme", "payments-api", {"config.py": CONFIG_V1})
        ws = connect(emu, member)
        worker = start_worker(worker_env(tmp_path), tmp_path / "worker.log")
        try:
            yield live_server.url, member, ws.repository("payments-api")
        finally:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


# One read of the panel and the scan's history row (the newest), so a swap cannot fall between.
def test_scan_filter_ignore_rescan(scene: Any, browser: Any, shot: Any) -> None:
    url, member, repo = scene
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{url}/signin/")
    page.get_by_label("Email").fill(member.user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{url}/")

    page.get_by_role("link", name="Repositories", exact=True).click()
    page.get_by_role("link", name=repo.full_name).click()
    # never scanned: says so, with the Scan action (not "try removing a filter")
    empty = page.get_by_test_id("empty-state")
    assert empty.get_attribute("data-state") == "not-scanned"
    assert "Not scanned yet" in empty.inner_text()
    page.get_by_test_id("empty-scan-button").click()
    page.wait_for_selector('[data-testid="scan-status"]')
    note = page.get_by_test_id("scan-in-progress").inner_text()
    assert note.endswith("is in progress."), note
    shot(page, "scan-01-queued")
    seen = watch_scan(page)
    shot(page, "scan-02-completed")
    assert seen[-1] == "completed", (seen, Scan.objects.get(repository=repo).error_message)
    # the phases were visible while it ran (polling every 2 s catches at least one running one)
    assert any(s in seen for s in ("queued", "resolving_credentials", "cloning", "scanning"))
    page.wait_for_selector('[data-testid="scan-counts"]')
    assert "new" in page.get_by_test_id("scan-counts").inner_text()
    assert page.locator('[data-phase="scanning"][data-phase-status="done"]').count() == 1

    # filter the findings list to secrets, through the form; the filter lands in the URL
    page.get_by_role("link", name="Findings", exact=True).click()
    page.get_by_test_id("facet-engine").locator("summary").click()
    page.get_by_test_id("facet-engine").get_by_role("checkbox", name="Secrets").check()
    page.keyboard.press("Escape")  # closing the changed dropdown applies it
    page.wait_for_url("**/findings/?*engine=secrets*")
    rows = page.get_by_test_id("finding-row")
    # the token pushed in config.py, and the one the first scan found in the seed's history
    texts = sorted(row.inner_text() for row in rows.all())
    assert len(texts) == 2, texts
    assert any("settings_local.py" in text for text in texts), texts
    token_row = rows.filter(has_text="config.py")
    assert token_row.count() == 1, texts
    shot(page, "scan-03-filtered")

    # ignore it with a reason
    token_row.first.get_by_role("link").first.click()
    page.get_by_label("Reason").select_option("false_positive")
    page.get_by_label("Comment (optional)").fill("test fixture, not a real token")
    page.get_by_role("button", name="Ignore finding").click()
    assert page.get_by_test_id("finding-status").inner_text() == "Ignored"
    finding_url = page.url
    shot(page, "scan-04-ignored")

    # re-scan: it stays ignored
    page.goto(f"{url}/repositories/{repo.pk}/")
    page.get_by_test_id("scan-button").click()
    page.wait_for_selector(
        '[data-testid="scan-status"][data-status="queued"], [data-testid="scan-status"]'
    )
    second = watch_scan(page)
    assert second[-1] == "completed", second
    assert Scan.objects.filter(repository=repo, status="completed").count() == 2
    page.goto(finding_url)
    assert page.get_by_test_id("finding-status").inner_text() == "Ignored"
    assert "False positive" in page.get_by_test_id("ignore-reason").inner_text()
    history = page.get_by_test_id("history").inner_text()
    assert "Ignored" in history
    assert "test fixture, not a real token" in history
    shot(page, "scan-05-still-ignored")

    secret = Finding.objects.get(repository=repo, rule_id="github-pat")
    assert secret.status == Status.IGNORED
    assert secret.last_seen_scan_id == Scan.objects.filter(repository=repo).latest("id").pk
    assert not errors, errors
    context.close()
