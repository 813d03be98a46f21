"""In a real browser: a finding's stored context and taint steps, assigning it; on the list,
keyboard shortcuts (/ j k x i ?), the bulk bar that appears only with a selection, a saved view,
the overdue filter; and the dark-mode toggle that persists across pages. Data is recorded
directly (no scan needed)."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.factories import MembershipFactory, OrganizationFactory
from tests.support.browser import signed_in_page
from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.findings.models import Finding
from tracesec.findings.recording import findings_record
from tracesec.organizations.models import Role

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.timeout(120),
    pytest.mark.django_db(transaction=True),
]

# see test_scan_flow: Playwright's session event loop and Django's async guard
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SHA = "0123456789abcdef0123456789abcdef01234567"


def test_reading_and_working_the_list(live_server: Any, settings: Any, browser: Any) -> None:
    settings.BITBUCKET_WEB_URL = "https://bitbucket.org"
    org = OrganizationFactory(name="Acme Security")
    member = MembershipFactory(organization=org, role=Role.ADMIN)
    repository = make_repository(org, "acme/api", provider="bitbucket")
    found = (
        engine_finding(
            "f-one",
            line=7,
            context={"before": ["def view(request):"], "after": ["    return context_marker"]},
            dataflow=[
                {"kind": "source", "path": "app.py", "line": 6, "code": "q = request.GET"},
                {"kind": "sink", "path": "app.py", "line": 7, "code": "cursor.execute(q)"},
            ],
        ),
        engine_finding("f-two", line=20),
        engine_finding("f-three", line=30, cwe=("CWE-79",)),
    )
    findings_record(
        scan=make_scan(repository, commit_sha=SHA), result=scan_result(found), now=timezone.now()
    )
    first = Finding.objects.get(fingerprint="f-one")
    # high severity, first seen 40 days ago: past the default 30-day deadline
    Finding.objects.filter(fingerprint="f-two").update(
        first_seen_at=timezone.now() - timedelta(days=40)
    )

    page, errors = signed_in_page(browser, live_server.url, member.user.email)

    # reading a finding: context lines, the marked line, taint steps linked at the commit
    page.goto(f"{live_server.url}/findings/{first.pk}/")
    code = page.get_by_test_id("code")
    assert "context_marker" in code.inner_text()
    assert code.locator(".hll").count() == 1
    step = page.get_by_test_id("taint-trace").get_by_role("link", name="app.py:6")
    assert step.get_attribute("href") == f"https://bitbucket.org/acme/api/src/{SHA}/app.py#lines-6"
    assert "trace scan --engines sast ." in page.get_by_test_id("reproduce").inner_text()
    page.get_by_label("Assign to").select_option(label=member.user.email)
    page.get_by_role("button", name="Assign", exact=True).click()
    page.wait_for_load_state()
    assert member.user.email in page.get_by_test_id("assignee").inner_text()

    # the overdue filter finds the 40-day-old high finding only
    page.goto(f"{live_server.url}/findings/")
    page.get_by_test_id("facet-due").locator("summary").click()
    page.get_by_label("Overdue").check()
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**due=overdue**")
    assert page.get_by_test_id("finding-row").count() == 1

    # the list: no selection, no bulk bar; j/x select, the bar appears with a count
    page.goto(f"{live_server.url}/findings/")
    bar = page.locator("#bulk-form")
    assert not bar.is_visible()
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    page.keyboard.press("Escape")
    page.keyboard.press("x")
    assert bar.is_visible()
    assert page.get_by_test_id("selected-count").inner_text() == "1 finding selected"
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("x")  # the first row again: unselected
    assert not bar.is_visible()
    page.get_by_test_id("select-page").check()
    assert page.get_by_test_id("selected-count").inner_text() == "3 findings selected"
    page.get_by_test_id("select-page").uncheck()
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    page.keyboard.press("i")  # ignore: selects the row and asks for the reason
    assert page.evaluate("document.activeElement.id") == "bulk-reason"
    assert page.locator("#bulk-op").input_value() == "ignore"
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("?")
    assert page.get_by_test_id("shortcut-help").is_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-q"

    # search by CWE id and save the view; it is listed and opens the same filters
    page.keyboard.type("cwe-79")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=cwe-79**")
    assert page.get_by_test_id("finding-row").count() == 1
    page.get_by_label("Save these filters as").fill("XSS")
    page.get_by_role("button", name="Save view").click()
    page.goto(f"{live_server.url}/findings/")
    page.get_by_test_id("saved-view").filter(has_text="XSS").click()
    # count() does not wait: the saved view's page must have loaded first (on a busy
    # machine the rows were counted while it was still loading, and there were none)
    page.wait_for_url("**q=cwe-79**")
    page.wait_for_load_state()
    assert page.get_by_test_id("finding-row").count() == 1

    # dark mode: toggled, persisted to the next page, and the palette really changes
    light_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.get_by_test_id("theme-toggle").click()
    page.goto(f"{live_server.url}/findings/{first.pk}/")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != light_bg
    assert page.get_by_test_id("theme-toggle").inner_text() == "Light mode"
    assert not errors

    # with no choice made, the system's preference decides
    system_dark = browser.new_context(color_scheme="dark").new_page()
    system_dark.goto(f"{live_server.url}/signin/")
    assert system_dark.evaluate("getComputedStyle(document.body).backgroundColor") == (
        "rgb(18, 22, 29)"
    )
