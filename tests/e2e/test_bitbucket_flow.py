"""The Bitbucket journey in a real browser: install the Trace app in the emulator → the
workspace admin sees the pairing code on the emulator's workspace-settings page → connect in
Trace → repositories listed → a repository is added in the emulator → Re-sync shows it →
uninstall in the emulator → the connection is inactive in Trace.

Real processes: `trace serve` (gunicorn + task worker) and the emulator (running the real
forge-app JS when node is available), talking over loopback HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.ports import free_port
from tests.support.serving import clean_environment, serving_trace, sign_up_owner

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]


@pytest.fixture
def trace_and_emulator(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    from trace_emulator.testing import start_emulator

    port = free_port()
    trace_url = f"http://127.0.0.1:{port}"
    emu = start_emulator(remote_url=trace_url, seed="small")
    values = emu.trace_settings()
    env = clean_environment(
        TRACE_DATA_DIR=str(tmp_path / "data"),
        TRACE_BASE_URL=trace_url,
        TRACE_EMAIL_BACKEND="console",
        TRACE_FORGE_TARGET="emulator",
        TRACE_EMULATOR_URL=emu.base_url,
        FORGE_APP_ID=values["FORGE_APP_ID"],
        FORGE_JWKS_URL=values["FORGE_JWKS_URL"],
        BITBUCKET_API_URL=values["BITBUCKET_API_URL"],
        BITBUCKET_GIT_URL=values["BITBUCKET_GIT_URL"],
        TRACE_BITBUCKET_INSTALL_URL=f"{emu.base_url}/",
    )
    try:
        with serving_trace(env, port, tmp_path / "server.log"):
            yield trace_url, emu
    finally:
        emu.stop()


def test_install_pair_sync_resync_uninstall(
    trace_and_emulator: tuple[str, Any], browser: Any, shot: Any
) -> None:
    trace, emu = trace_and_emulator
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    sign_up_owner(page, trace)

    # Settings → Integrations → Bitbucket explains the steps and links the install page.
    page.goto(f"{trace}/settings/integrations/")
    page.get_by_test_id("bitbucket-settings-link").click()
    page.wait_for_url(re.compile(r".*/settings/integrations/bitbucket/$"))
    assert page.get_by_text("Install the Trace app").is_visible()
    install_link = page.get_by_test_id("install-link").get_attribute("href")
    assert install_link == f"{emu.base_url}/"
    shot(page, "bb-01-steps")

    # Emulator: act as the workspace admin, install, open Workspace settings → Trace.
    bb = context.new_page()
    bb.goto(install_link)
    ada = bb.locator("select[name=account] option", has_text="@ada").get_attribute("value")
    bb.locator("select[name=account]").select_option(value=ada)
    bb.get_by_role("button", name="Act as").click()
    bb.locator("form[action='/_emu/ui/install']:has(input[value='acme']) button").click()
    bb.get_by_role("link", name="Workspace settings → Trace").first.click()
    code = bb.locator("#code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    shot(bb, "bb-02-emulator-code")

    # Trace: connect with the code; the sync runs in the worker and the card updates itself.
    page.bring_to_front()
    page.get_by_label("Pairing code").fill(code.lower())
    page.get_by_role("button", name="Connect workspace").click()
    card = page.get_by_test_id("connection").first
    page.wait_for_selector("[data-testid=connection][data-sync=ok]", timeout=60_000)
    assert "3 repositories" in card.inner_text()
    assert card.get_by_test_id("connection-status").inner_text() == "Active"
    shot(page, "bb-03-connected")

    page.goto(f"{trace}/repositories/")
    for name in ("payments-api", "web-storefront", "secret-lab"):
        assert page.get_by_text(name).first.is_visible()

    # Emulator: the paired page now names the organization.
    bb.reload()
    assert "Northwind Security" in bb.content()

    # A repository is added in Bitbucket; Re-sync shows it.
    emu.client.add_repository("acme", "mobile-app", language="kotlin")
    page.goto(f"{trace}/settings/integrations/bitbucket/")
    page.get_by_test_id("resync").click()
    page.wait_for_selector(
        "[data-testid=connection][data-sync=ok]:has-text('4 repositories')", timeout=60_000
    )
    page.goto(f"{trace}/repositories/")
    assert page.get_by_text("mobile-app").first.is_visible()
    shot(page, "bb-04-resynced")

    # Uninstall in the emulator; the connection is inactive in Trace at once.
    # Bitbucket asks first; Cancel keeps the app, Uninstall removes it.
    bb.goto(install_link)
    bb.get_by_role("button", name="Uninstall Trace").click()
    bb.get_by_role("heading", name="Uninstall Trace from Acme Corp?").wait_for()
    shot(bb, "bb-05-confirm-uninstall")
    bb.get_by_role("link", name="Cancel").click()
    bb.wait_for_url(install_link)
    page.goto(f"{trace}/settings/integrations/bitbucket/")
    assert page.get_by_test_id("connection-status").inner_text() == "Active"
    bb.get_by_role("button", name="Uninstall Trace").click()
    bb.get_by_role("button", name="Uninstall", exact=True).click()
    bb.wait_for_url("**/?msg=*")
    assert "Uninstalled" in bb.content()
    page.goto(f"{trace}/settings/integrations/bitbucket/")
    assert page.get_by_test_id("connection-status").inner_text() == "Inactive"
    assert "Reinstall" in page.get_by_test_id("inactive-reason").inner_text()
    shot(page, "bb-06-inactive")
    # The overview says so first thing, and links to the connection.
    page.goto(f"{trace}/")
    warning = page.get_by_test_id("inactive-connection")
    assert "is inactive" in warning.inner_text()
    shot(page, "bb-07-overview-warns")
    warning.get_by_test_id("inactive-connection-link").click()
    page.wait_for_url(re.compile(r".*/settings/integrations/bitbucket/#connection-\d+$"))
    assert page.get_by_test_id("connection-status").inner_text() == "Inactive"
    context.close()
