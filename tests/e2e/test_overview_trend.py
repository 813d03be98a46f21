"""In a real browser: the Overview's open-findings-by-severity chart renders with accessible
names (the SVG's title and description, a title per severity and per day, a table of the
numbers), switches to 90 days, and changes colours in dark mode; SLA compliance is shown."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.factories import DEFAULT_PASSWORD, MembershipFactory, OrganizationFactory
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


def _sign_in(page: Any, url: str, email: str) -> None:
    page.goto(f"{url}/signin/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{url}/")


def test_open_findings_by_severity_chart(live_server: Any, browser: Any) -> None:
    org = OrganizationFactory(name="Acme Security")
    member = MembershipFactory(organization=org, role=Role.VIEWER)
    repository = make_repository(org, "acme/api")
    found = (
        engine_finding("crit", severity=Severity.CRITICAL),
        engine_finding("high", severity=Severity.HIGH),
        engine_finding("fixed", severity=Severity.HIGH, path="old.py"),
    )
    now = timezone.now()
    findings_record(scan=make_scan(repository), result=scan_result(found), now=now)
    Finding.objects.filter(fingerprint="crit").update(first_seen_at=now - timedelta(days=10))
    Finding.objects.filter(fingerprint="high").update(first_seen_at=now - timedelta(days=8))
    Finding.objects.filter(fingerprint="fixed").update(
        first_seen_at=now - timedelta(days=20),
        status=Status.FIXED,
        fixed_at=now - timedelta(days=5),
    )

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _sign_in(page, live_server.url, member.user.email)

    chart = page.get_by_role("img", name="Open findings by severity per day, last 30 days")
    chart.wait_for()
    assert chart.get_attribute("data-testid") == "open-trend-chart"
    assert "to 2 on" in chart.locator("desc").text_content() or ""
    titles = chart.locator("polygon > title").all_text_contents()
    assert titles[0].startswith("Critical: 1 open now")
    assert titles[1].startswith("High: 1 open now, at most 2")
    assert len(titles) == 5
    days = chart.locator("rect.hover-column > title").all_text_contents()
    assert len(days) == 30
    assert "2 open (1 critical, 1 high" in days[-1]
    box = chart.bounding_box()
    assert box is not None
    assert box["width"] > 300

    # the numbers as a table, for anyone who cannot read the chart
    page.get_by_text("Show the numbers").click()
    table = page.get_by_test_id("open-trend-table")
    assert table.is_visible()
    assert table.locator("tbody tr").count() == 30

    assert (
        "of open findings are within their deadline"
        in page.get_by_test_id("sla-compliance").inner_text()
    )

    page.get_by_role("link", name="90 days").click()
    page.get_by_role("img", name="Open findings by severity per day, last 90 days").wait_for()
    assert page.locator("rect.hover-column").count() == 90

    light = page.evaluate("getComputedStyle(document.querySelector('polygon.area-critical')).fill")
    dark_page = browser.new_context(color_scheme="dark").new_page()
    _sign_in(dark_page, live_server.url, member.user.email)
    dark = dark_page.evaluate(
        "getComputedStyle(document.querySelector('polygon.area-critical')).fill"
    )
    assert light == "rgb(122, 16, 16)"
    assert dark != light
    assert not errors
