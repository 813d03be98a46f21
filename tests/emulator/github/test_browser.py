"""The GitHub pages in headless Chromium: sign in, install on selected repositories, land on
the App's setup URL; then authorize the App and land on the callback URL with a code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.emulator.recorder import RecordingRemote, Reply
from trace_emulator.github.testing import GitHubClient

pytestmark = pytest.mark.e2e


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    try:
        yield context.new_page()
    finally:
        context.close()


def test_install_then_authorize_in_a_browser(
    page: Any, gh: GitHubClient, remote: RecordingRemote
) -> None:
    app = gh.app()
    # Trace's pages answer 200 (a 204 would leave the browser on GitHub's page).
    for path in ("/integrations/github/setup/", "/integrations/github/callback/"):
        remote.on(path, Reply(200, b"ok", {"content-type": "text/plain"}))
    page.goto(gh.app()["installUrl"] + "?state=trace-state-1")
    page.get_by_role("button", name="Sign in as Olivia Owner (@olivia-owner)").click()
    page.get_by_role("link", name="Install on northwind").click()
    page.get_by_label("Only select repositories").check()
    page.get_by_label("northwind/orders-service").check()
    page.get_by_role("button", name="Install").click()
    page.wait_for_url(app["setupUrl"] + "*")
    query = parse_qs(urlsplit(page.url).query)
    assert query["setup_action"] == ["install"]
    assert query["state"] == ["trace-state-1"]
    [inst] = gh.installations()
    assert query["installation_id"] == [str(inst["id"])]
    assert inst["repository_selection"] == "selected"
    assert [r.json()["action"] for r in remote.to("/integrations/github/webhook/")] == ["created"]

    params = {"client_id": app["clientId"], "state": "trace-state-2"}
    page.goto(f"{gh.web_url}/login/oauth/authorize?{urlencode(params)}")
    page.get_by_role("button", name="Authorize Trace").click()
    page.wait_for_url(app["callbackUrl"] + "*")
    back = parse_qs(urlsplit(page.url).query)
    assert back["state"] == ["trace-state-2"]
    assert back["code"][0]
