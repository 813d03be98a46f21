"""`trace demo` as a person uses it: run the real command (web, worker and emulator processes),
act as the workspace admin in the emulator to read the pairing code, connect the workspace in
Trace, then scan every demo repository from the browser and see real findings from all three
engines — SAST, SCA (with the bundled advisories) and Secrets."""

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

from tests.support.paths import REPO_ROOT
from tests.support.ports import free_port

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

DEMO_REPOSITORIES = (
    "billing-service",
    "docs-site",
    "edge-gateway",
    "infra-scripts",
    "payments-api",
    "web-storefront",
)


def _wait_until_ready(proc: subprocess.Popen[bytes], log: Path, seconds: float = 180) -> None:
    """`trace demo` prints its final ready line only once web, worker and emulator answer."""
    deadline = time.monotonic() + seconds
    while "Trace is ready" not in log.read_text():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"trace demo never said it was ready:\n{log.read_text()}")
        time.sleep(0.3)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[dict[str, str]]:
    port, emulator_port = free_port(), free_port()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TRACE_", "DJANGO_", "DATABASE"))
    }
    env.update(TRACE_DATA_DIR=str(tmp_path / "data"), TRACE_EMAIL_BACKEND="console")
    log_path = tmp_path / "demo.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "trace"),
            "demo",
            "--port",
            str(port),
            "--emulator-port",
            str(emulator_port),
        ],
        env=env,
        cwd=str(REPO_ROOT),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    trace_url = f"http://127.0.0.1:{port}"
    emulator_url = f"http://127.0.0.1:{emulator_port}"
    try:
        _wait_until_ready(proc, log_path)
        for url in (f"{trace_url}/healthz", f"{emulator_url}/"):
            with urllib.request.urlopen(url, timeout=5) as answer:  # at once, no retry
                assert answer.status == 200
        printed = log_path.read_text()
        login = re.search(r"sign in:\s+(\S+) / (\S+)", printed)
        assert login, printed
        for expected in (emulator_url, "Ada Admin", "Max Member"):
            assert expected in printed
        yield {
            "trace": trace_url,
            "emulator": emulator_url,
            "email": login.group(1),
            "password": login.group(2),
        }
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_demo_pair_and_scan_every_repository(demo: dict[str, str], browser: Any, shot: Any) -> None:
    trace = demo["trace"]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{trace}/signin/")
    page.get_by_label("Email").fill(demo["email"])
    page.get_by_label("Password").fill(demo["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{trace}/")

    # The emulator installed the app at start-up; the workspace admin reads the code.
    bb = context.new_page()
    bb.goto(f"{demo['emulator']}/")
    ada = bb.locator("select[name=account] option", has_text="@ada").get_attribute("value")
    bb.locator("select[name=account]").select_option(value=ada)
    bb.get_by_role("button", name="Act as").click()
    bb.get_by_role("link", name="Workspace settings → Trace").first.click()
    code = bb.locator("#code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    shot(bb, "demo-01-pairing-code")

    page.bring_to_front()
    page.goto(f"{trace}/settings/integrations/bitbucket/")
    page.get_by_label("Pairing code").fill(code)
    page.get_by_role("button", name="Connect workspace").click()
    page.wait_for_selector("[data-testid=connection][data-sync=ok]", timeout=120_000)
    connection = page.get_by_test_id("connection").inner_text()
    assert f"{len(DEMO_REPOSITORIES)} repositories" in connection
    shot(page, "demo-02-connected")

    engines_with_findings: set[str] = set()
    for name in DEMO_REPOSITORIES:
        page.goto(f"{trace}/repositories/")
        page.get_by_role("link", name=f"acme/{name}").first.click()
        page.get_by_test_id("scan-button").click()
        page.wait_for_selector('[data-testid="scan-counts"]', timeout=300_000)
        status = page.get_by_test_id("scan-status").inner_text()
        assert "Completed" in status, f"{name}: {status}"
        tabs = page.locator("body").inner_text()
        for engine, label in (("sast", "SAST"), ("sca", "SCA"), ("secrets", "Secrets")):
            match = re.search(rf"{label} \((\d+)\)", tabs)
            if match and int(match.group(1)) > 0:
                engines_with_findings.add(engine)
        shot(page, f"demo-03-{name}")

    assert engines_with_findings == {"sast", "sca", "secrets"}
    page.goto(f"{trace}/findings/")
    assert page.get_by_test_id("finding-row").count() > 0
    shot(page, "demo-04-findings")
    # SCA by package: one decision per package instead of one row per advisory
    page.get_by_test_id("view-packages").click()
    page.wait_for_selector('[data-testid="package-decisions"]')
    assert page.get_by_test_id("package-row").count() == 20
    assert (
        "upgrade Django 3.2.4 \u2192 3.2.25 fixes 21 advisories"
        in page.get_by_test_id("package-decisions").inner_text()
    )
    shot(page, "demo-05-packages")
    context.close()
