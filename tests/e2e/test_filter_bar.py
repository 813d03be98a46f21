"""In a real browser, the Findings filter bar: two severities chosen in the dropdown (by
keyboard) show chips and the right rows, a chip removed, clear all, a saved view with
multi-valued filters restored, Assigned to me, and "select all N matching" + ignore over more
than one page, confirmed with the exact number. Data is recorded directly (no scan needed)."""

from __future__ import annotations

import os
from typing import Any

import pytest
from django.utils import timezone

from tests.factories import MembershipFactory, OrganizationFactory
from tests.support.browser import signed_in_page
from tests.support.builders import engine_finding, make_repository, make_scan, scan_result
from tracesec.engines.model import Severity
from tracesec.findings.models import Finding, Status
from tracesec.findings.recording import findings_record
from tracesec.organizations.models import Role

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.timeout(120),
    pytest.mark.django_db(transaction=True),
]

# see test_scan_flow: Playwright's session event loop and Django's async guard
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SEVERITIES = (Severity.CRITICAL, Severity.HIGH, Severity.LOW)


def _severities(page: Any) -> set[str]:
    return {text.strip().lower() for text in page.locator("tbody .sev").all_inner_texts()}


def test_filter_bar_saved_view_assigned_to_me_and_all_matching(
    live_server: Any, browser: Any
) -> None:
    org = OrganizationFactory(name="Acme Security")
    member = MembershipFactory(organization=org, role=Role.MEMBER)
    repository = make_repository(org, "acme/api")
    found = tuple(
        engine_finding(f"f-{i:02d}", line=i + 1, severity=SEVERITIES[i % 3]) for i in range(30)
    )
    findings_record(scan=make_scan(repository), result=scan_result(found), now=timezone.now())
    Finding.objects.filter(fingerprint__in=["f-00", "f-01"]).update(assignee=member.user)
    # another organization's findings: never counted, never changed
    other = OrganizationFactory(name="Other")
    findings_record(
        scan=make_scan(make_repository(other, "other/api")),
        result=scan_result(tuple(engine_finding(f"o-{i}") for i in range(3))),
        now=timezone.now(),
    )

    page, errors = signed_in_page(browser, live_server.url, member.user.email)

    # two severities chosen with the keyboard; closing the dropdown (Escape) applies them
    page.goto(f"{live_server.url}/findings/")
    severity = page.get_by_test_id("facet-severity")
    severity.locator("summary").focus()
    page.keyboard.press("Enter")
    critical = severity.get_by_role("checkbox", name="Critical")
    assert critical.is_visible()
    assert "10" in severity.locator("label").filter(has_text="Critical").inner_text()  # its count
    critical.focus()
    page.keyboard.press("Space")
    severity.get_by_role("checkbox", name="High").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Escape")
    page.wait_for_url("**severity=critical&severity=high**")
    assert page.get_by_test_id("chip").count() == 2
    assert page.get_by_test_id("finding-row").count() == 20
    assert _severities(page) == {"critical", "high"}

    # removing a chip; then clear all
    page.get_by_role("link", name="Remove the filter Severity: High").click()
    page.wait_for_url("**/findings/?severity=critical")
    assert page.get_by_test_id("finding-row").count() == 10
    assert _severities(page) == {"critical"}
    page.get_by_test_id("clear-all").click()
    page.wait_for_url(f"{live_server.url}/findings/?")
    assert page.get_by_test_id("chip").count() == 0
    assert page.get_by_test_id("matching-total").inner_text() == "30 matching"

    # a saved view keeps both severities and restores them
    page.goto(f"{live_server.url}/findings/?severity=critical&severity=high")
    page.get_by_label("Save these filters as").fill("Urgent")
    page.get_by_role("button", name="Save view").click()
    page.goto(f"{live_server.url}/findings/")
    page.get_by_test_id("saved-view").filter(has_text="Urgent").click()
    page.wait_for_url("**severity=critical&severity=high**")
    assert page.get_by_test_id("chip").count() == 2
    assert page.get_by_test_id("finding-row").count() == 20
    page.get_by_test_id("facet-severity").locator("summary").click()
    assert page.get_by_test_id("facet-severity").get_by_role("checkbox", name="High").is_checked()

    # assigned to me: one click, the assignee column shows who
    page.get_by_test_id("assigned-to-me").click()
    page.wait_for_url("**assignee=me**")
    assert page.get_by_test_id("finding-row").count() == 2
    assert set(page.get_by_test_id("assignee-cell").all_inner_texts()) == {member.user.email}

    # all 30 matching (two pages of 25): select the page, then all matching, ignore, confirm
    page.goto(f"{live_server.url}/findings/?per_page=25")
    assert not page.get_by_test_id("select-matching").is_visible()
    page.get_by_test_id("select-page").check()
    page.get_by_test_id("select-matching").click()
    assert page.get_by_test_id("selected-count").inner_text() == "All 30 matching findings selected"
    assert not page.get_by_test_id("select-matching").is_visible()
    page.locator("#bulk-reason").select_option("accepted_risk")
    page.get_by_test_id("apply-matching").click()
    assert page.get_by_role("heading", name="Ignore 30 findings?").is_visible()
    page.get_by_test_id("bulk-confirm-button").click()
    page.wait_for_url("**/findings/?per_page=25")
    assert "30 findings ignored." in page.locator("main").inner_text()
    assert Finding.objects.filter(organization=org, status=Status.IGNORED).count() == 30
    assert not Finding.objects.filter(organization=other, status=Status.IGNORED).exists()
    assert not errors

    # without JavaScript the bar is a plain GET form: the dropdowns still open, Apply applies
    plain, _ = signed_in_page(
        browser, live_server.url, member.user.email, java_script_enabled=False
    )
    plain.goto(f"{live_server.url}/findings/?status=ignored")
    plain.get_by_test_id("facet-severity").locator("summary").click()
    plain.get_by_test_id("facet-severity").get_by_role("checkbox", name="Low").check()
    plain.get_by_role("button", name="Apply", exact=True).click()
    plain.wait_for_url("**severity=low**")
    assert plain.get_by_test_id("chip").count() == 2  # Severity: Low, Status: Ignored
    assert plain.get_by_test_id("finding-row").count() == 10
    # more than a page: "all matching" is a plain submit button, no selection step needed
    plain.goto(f"{live_server.url}/findings/?status=ignored&per_page=25")
    assert plain.get_by_test_id("apply-matching").inner_text() == "Apply to all 30 matching…"
