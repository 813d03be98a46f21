"""In a real browser: set the organization's scan schedule and see the next run time; press
Scan all and watch the batch's progress until a real worker has scanned the repository.

Real Trace server, the Bitbucket/Forge emulator over loopback HTTP, a `db_worker` process and
headless Chromium. Screenshots go to test-artefacts/schedule-*.png.
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
from tests.support.workers import start_worker, worker_env
from tracesec.organizations.models import Role
from tracesec.scans.models import ScanBatch
from tracesec.schedules.models import RepositorySchedule

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.integration,
    pytest.mark.timeout(300),
    pytest.mark.django_db(transaction=True),
]

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # see test_scan_flow.py


@pytest.fixture
def scene(live_server: Any, settings: Any, tmp_path: Path) -> Iterator[Any]:
    org = OrganizationFactory(name="Acme Security")
    admin = MembershipFactory(organization=org, role=Role.ADMIN)
    with emulator_for(live_server.url) as emu:
        configure(settings, emu, tmp_path)
        ws = connect(emu, admin)
        emu.client.push_commit("acme", "payments-api", {"config.py": CONFIG_V1})
        worker = start_worker(worker_env(tmp_path), tmp_path / "worker.log")
        try:
            yield live_server.url, admin, ws.repository("payments-api")
        finally:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def test_set_schedule_see_next_run_then_scan_all(scene: Any, browser: Any, shot: Any) -> None:
    url, admin, repo = scene
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{url}/signin/")
    page.get_by_label("Email").fill(admin.user.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{url}/")

    page.get_by_role("link", name="Scan schedule").click()
    assert "Daily, 02:00-02:59 UTC" in page.get_by_test_id("schedule-current").inner_text()
    form = page.get_by_test_id("schedule-form")
    weekday = form.get_by_label("Weekday (weekly only)")
    assert weekday.is_hidden()  # a daily schedule has no weekday to ask for
    form.get_by_label("Frequency").select_option("weekly")
    assert weekday.is_visible()
    form.get_by_label("Hour (UTC)").select_option("21")
    weekday.select_option("3")
    form.get_by_role("button", name="Save schedule").click()
    page.wait_for_selector('[data-testid="schedule-upcoming"]')
    assert "Weekly on Thursday" in page.get_by_test_id("schedule-current").inner_text()
    next_run = RepositorySchedule.objects.get(repository=repo).next_run_at
    assert next_run is not None
    assert next_run.weekday() == 3
    shown = next_run.strftime("%Y-%m-%d %H:%M")
    row = page.get_by_role("row").filter(has_text=repo.full_name)
    assert row.get_by_test_id("next-run").inner_text() == shown
    shot(page, "schedule-settings")
    page.goto(f"{url}/repositories/{repo.pk}/")
    assert shown in page.get_by_test_id("repository-next-run").inner_text()

    page.get_by_role("link", name="Repositories", exact=True).click()
    page.get_by_test_id("scan-all").click()
    page.wait_for_selector('[data-testid="batch-progress"]')
    batch = ScanBatch.objects.get()
    assert page.url == f"{url}/scans/batches/{batch.pk}/"
    # htmx polls the counts until the real worker has scanned the repository
    page.wait_for_selector('[data-testid="batch-finished"]', timeout=180_000)
    total = batch.scans.count()  # every repository of the emulated workspace
    assert total >= 1
    assert page.get_by_test_id("batch-done").inner_text() == str(total)
    assert page.get_by_test_id("batch-queued").inner_text() == "0"
    shot(page, "schedule-scan-all")
    assert not errors
