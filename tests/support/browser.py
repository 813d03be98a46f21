"""How the browser tests launch Debian's Chromium (Playwright with an executable_path).

One session-wide browser for every test that drives one: Playwright's sync API cannot start a
second instance while the first one's event loop runs in the same process.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def signed_in_page(
    browser: Any, base_url: str, email: str, **context: Any
) -> tuple[Any, list[str]]:
    """A new desktop-sized page (``context``: more browser-context options) signed in as
    ``email`` (the factories' password), and the list its uncaught JavaScript errors go to."""
    from tests.factories import DEFAULT_PASSWORD

    page = browser.new_context(viewport={"width": 1280, "height": 900}, **context).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base_url}/signin/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base_url}/")
    return page, errors
