"""Newcomer journey in a real browser against a real `trace serve`:
sign up → empty overview that explains the next step → invite a member → the member joins via the
invite link → sees the organization. Screenshots go to test-artefacts/."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]


def _track_problems(page: Any) -> list[str]:
    problems: list[str] = []
    # Failed loads are checked by URL below (the used-invitation page is a deliberate 410).
    page.on(
        "console",
        lambda m: (
            problems.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "response",
        lambda r: (
            problems.append(f"{r.status} {r.url}")
            if r.status >= 400 and "/invite/" not in r.url and "/signin/" not in r.url
            else None
        ),
    )
    return problems


def test_signup_invite_and_join(trace_server: str, browser: Any, shot: Any) -> None:
    owner_ctx = browser.new_context(viewport={"width": 1280, "height": 860})
    page = owner_ctx.new_page()
    problems = _track_problems(page)

    # Sign up.
    page.goto(f"{trace_server}/")
    assert "/signin/" in page.url  # anonymous → sign in
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Your name").fill("Olivia Owner")
    page.get_by_label("Work email").fill("olivia@example.com")
    page.get_by_label("Password").fill("olivia-strong-pass-1")
    page.get_by_label("Organization name").fill("Northwind Security")
    shot(page, "01-signup")
    page.get_by_role("button", name="Create account").click()

    # Empty overview that explains the next step.
    page.wait_for_url(f"{trace_server}/")
    assert page.get_by_role("heading", name="Northwind Security").is_visible()
    assert page.get_by_role("heading", name="Next step: connect your code").is_visible()
    assert page.get_by_role("link", name="Connect a workspace").first.is_visible()
    shot(page, "02-overview-empty")

    # Keyboard: the first Tab reaches the skip link, which moves focus to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"

    # Invite a member.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Members").click()
    page.get_by_label("Email address").fill("mia@example.com")
    page.get_by_label("Role", exact=True).select_option("member")
    page.get_by_role("button", name="Send invitation").click()
    page.get_by_text("Invitation sent to mia@example.com").wait_for()
    assert page.get_by_text("Invitation sent to mia@example.com").is_visible()
    link = page.get_by_test_id("invite-link").inner_text().strip()
    assert re.fullmatch(rf"{re.escape(trace_server)}/invite/[\w-]+/", link)
    shot(page, "03-members-invited")

    # The member opens the link in their own browser session and creates an account.
    member_ctx = browser.new_context(viewport={"width": 390, "height": 844})  # phone-sized
    member = member_ctx.new_page()
    member_problems = _track_problems(member)
    member.goto(link)
    assert member.get_by_role("heading", name="Join Northwind Security").is_visible()
    shot(member, "04-invitation")
    member.get_by_label("Your name").fill("Mia Member")
    member.get_by_label("Choose a password").fill("mia-strong-pass-22")
    member.get_by_role("button", name="Create account and join").click()
    member.wait_for_url(f"{trace_server}/")
    assert member.get_by_role("heading", name="Northwind Security").is_visible()
    assert member.get_by_text("You joined Northwind Security.").is_visible()
    assert member.get_by_test_id("user-email").inner_text() == "mia@example.com"
    shot(member, "05-member-overview-mobile")

    # The member signs out and back in with the new password.
    member.get_by_role("button", name="Sign out").click()
    member.get_by_label("Email").fill("mia@example.com")
    member.get_by_label("Password").fill("mia-strong-pass-22")
    member.get_by_role("button", name="Sign in").click()
    member.wait_for_url(f"{trace_server}/")
    assert member.get_by_role("heading", name="Northwind Security").is_visible()

    # The invitation link is now used up.
    member.goto(link)
    assert member.get_by_text("already been used").is_visible()

    # The owner sees the new member; the audit log recorded it.
    page.reload()
    assert page.get_by_role("cell", name=re.compile("Mia Member")).is_visible()

    # Role change through htmx: only the row is swapped, the CSRF header comes from <body>.
    page.evaluate("window.__sameDocument = true")
    page.get_by_label("Role of mia@example.com").select_option("viewer")
    row = page.locator("tr", has_text="mia@example.com")
    row.get_by_role("button", name="Save").click()
    row.get_by_role("status").filter(has_text="Saved").wait_for()
    assert page.evaluate("window.__sameDocument === true")  # swapped in place, no reload
    assert page.get_by_label("Role of mia@example.com").input_value() == "viewer"
    shot(page, "06a-role-changed")
    page.get_by_role("link", name="Audit log").click()
    page.get_by_text("member.joined").wait_for()
    assert page.get_by_text("member.joined").is_visible()
    assert page.get_by_text("member.invited").is_visible()
    shot(page, "06-audit-log")

    # No CSP violations or script errors anywhere along the way.
    assert problems == []
    assert member_problems == []
    owner_ctx.close()
    member_ctx.close()


def test_wrong_password_message(trace_server: str, browser: Any, shot: Any) -> None:
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(f"{trace_server}/signin/")
    page.get_by_label("Email").fill("nobody@example.com")
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Email or password is not correct.").wait_for()
    assert page.get_by_text("Email or password is not correct.").is_visible()
    shot(page, "07-signin-error")
    ctx.close()


def test_api_docs_render_under_the_csp(trace_server: str, browser: Any, shot: Any) -> None:
    ctx = browser.new_context()
    page = ctx.new_page()
    problems = _track_problems(page)
    page.goto(f"{trace_server}/api/v1/docs")
    page.get_by_text("Trace API").first.wait_for(timeout=15000)
    assert page.get_by_text("/api/v1/organizations/{organization_id}/members").first.is_visible()
    shot(page, "08-api-docs")
    assert [p for p in problems if "Content Security Policy" in p or "Refused" in p] == []
    ctx.close()
