"""Sign up, sign in (with throttling), sign out, password reset — through HTTP."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, override_settings

from tests.factories import DEFAULT_PASSWORD, MembershipFactory, UserFactory
from tracesec.accounts.models import User
from tracesec.audit.models import AuditAction, AuditEvent
from tracesec.organizations.models import Membership, Organization, Role

pytestmark = pytest.mark.django_db

SIGNUP = {
    "full_name": "Ada Lovelace",
    "email": "ada@example.com",
    "password": "analytical-engine-42",
    "organization_name": "Engines Ltd",
}


def test_signup_creates_owner_and_lands_on_empty_overview(client: Client) -> None:
    response = client.post("/signup/", SIGNUP, follow=True)
    assert response.status_code == 200
    user = User.objects.get(email="ada@example.com")
    membership = Membership.objects.get(user=user)
    assert membership.role == Role.OWNER
    assert membership.organization.name == "Engines Ltd"
    body = response.content.decode()
    assert "Next step: connect your code" in body
    assert "Welcome to Trace" in body
    assert AuditEvent.objects.filter(
        action=AuditAction.ORGANIZATION_CREATED, organization=membership.organization
    ).exists()


def test_signup_duplicate_email_is_refused_and_writes_nothing(client: Client) -> None:
    UserFactory(email="ada@example.com")
    orgs_before = Organization.objects.count()
    response = client.post("/signup/", {**SIGNUP, "email": "ADA@example.com"})
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert User.objects.filter(email__iexact="ada@example.com").count() == 1
    assert Organization.objects.count() == orgs_before


def test_signup_weak_password_writes_nothing(client: Client) -> None:
    response = client.post("/signup/", {**SIGNUP, "password": "password"})
    assert response.status_code == 400
    assert "too common" in response.content.decode() or "too short" in response.content.decode()
    assert not User.objects.filter(email="ada@example.com").exists()
    assert not Organization.objects.filter(name="Engines Ltd").exists()


def test_signin_success_records_audit_event_per_organization(client: Client) -> None:
    membership = MembershipFactory(role=Role.MEMBER)
    response = client.post(
        "/signin/", {"email": membership.user.email.upper(), "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert AuditEvent.objects.filter(
        action=AuditAction.SIGNIN,
        organization=membership.organization,
        actor=membership.user,
        ip_address="127.0.0.1",
    ).exists()


def test_signin_wrong_password_is_a_clear_error(client: Client) -> None:
    user = UserFactory()
    response = client.post("/signin/", {"email": user.email, "password": "not-the-password"})
    assert response.status_code == 400
    assert "Email or password is not correct." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signin_unknown_email_gives_the_same_message(client: Client) -> None:
    response = client.post("/signin/", {"email": "ghost@example.com", "password": "whatever"})
    assert response.status_code == 400
    assert "Email or password is not correct." in response.content.decode()


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_signin_is_rate_limited_even_for_the_right_password(client: Client) -> None:
    user = UserFactory()
    for _ in range(3):
        assert (
            client.post("/signin/", {"email": user.email, "password": "wrong"}).status_code == 400
        )
    response = client.post("/signin/", {"email": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_rate_limit_per_address_covers_many_emails(client: Client) -> None:
    for i in range(3):
        client.post("/signin/", {"email": f"guess{i}@example.com", "password": "x"})
    user = UserFactory()
    response = client.post("/signin/", {"email": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 429


# Spellings that SQL's case-insensitive comparison may match to "kiss@example.com" (PostgreSQL
# upper-cases the dotless i, the long s and the Kelvin sign to I, S and K) while Python's lower()
# keeps each one distinct.
LOOK_ALIKES = [
    "k\u0131ss@example.com",
    "ki\u017fs@example.com",
    "kis\u017f@example.com",
    "\u212aiss@example.com",
    "K\u0131\u017f\u017f@example.com",
]


def _signin_from(client: Client, address: str, email: str, password: str) -> int:
    # Each attempt from its own address, so only the per-account budget is under test.
    data = {"email": email, "password": password}
    return client.post("/signin/", data, REMOTE_ADDR=address).status_code


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_look_alike_spellings_share_the_accounts_budget(client: Client) -> None:
    user = UserFactory(email="kiss@example.com")
    if connection.vendor == "postgresql":
        # The premise: PostgreSQL's case-insensitive look-up finds the account by look-alikes.
        assert User.objects.filter(email__iexact=LOOK_ALIKES[0]).get() == user
    for i, spelling in enumerate(LOOK_ALIKES[:3]):
        assert _signin_from(client, f"192.0.2.{i + 1}", spelling, "wrong") == 400
    assert _signin_from(client, "192.0.2.50", LOOK_ALIKES[3], DEFAULT_PASSWORD) == 429
    assert _signin_from(client, "192.0.2.51", LOOK_ALIKES[4], DEFAULT_PASSWORD) == 429
    assert _signin_from(client, "192.0.2.52", "KISS@example.com", DEFAULT_PASSWORD) == 429
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_look_alikes_of_an_unknown_email_share_one_budget(client: Client) -> None:
    for i, spelling in enumerate(LOOK_ALIKES[:3]):
        assert _signin_from(client, f"192.0.2.{i + 1}", spelling, "wrong") == 400
    assert _signin_from(client, "192.0.2.50", LOOK_ALIKES[3], "wrong") == 429


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_a_success_clears_the_account_budget_but_not_the_address(client: Client) -> None:
    user = UserFactory(email="kiss@example.com")
    for i in range(2):
        assert _signin_from(client, f"192.0.2.{i + 1}", LOOK_ALIKES[i], "wrong") == 400
    assert _signin_from(client, "192.0.2.9", user.email, DEFAULT_PASSWORD) == 302
    client.post("/signout/")
    for i in range(2):
        assert _signin_from(client, f"192.0.2.{i + 20}", LOOK_ALIKES[i], "wrong") == 400
    assert _signin_from(client, "192.0.2.30", user.email, DEFAULT_PASSWORD) == 302


def test_signup_stores_the_normalised_email_once(client: Client) -> None:
    response = client.post("/signup/", {**SIGNUP, "email": "  Ada@Example.COM "})
    assert response.status_code == 302
    assert list(User.objects.values_list("email", flat=True)) == ["ada@example.com"]


def test_signin_redirects_only_to_local_next(client: Client) -> None:
    user = UserFactory()
    MembershipFactory(user=user)
    response = client.post(
        "/signin/",
        {"email": user.email, "password": DEFAULT_PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


def test_signout_needs_post_and_ends_the_session(client: Client) -> None:
    membership = MembershipFactory()
    client.force_login(membership.user)
    assert client.get("/signout/").status_code == 405
    response = client.post("/signout/")
    assert response.status_code == 302
    assert client.get("/").status_code == 302  # back to sign-in


def test_csrf_is_enforced_on_signin() -> None:
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/signin/", {"email": "a@example.com", "password": "x"})
    assert response.status_code == 403


def test_password_reset_flow(client: Client) -> None:
    membership = MembershipFactory()
    user = membership.user
    response = client.post("/password-reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/password-reset/[^\s]+/)", mail.outbox[0].body)
    assert link is not None
    page = client.get(link.group(1), follow=True)
    assert page.status_code == 200
    set_url = page.redirect_chain[-1][0]
    done = client.post(
        set_url, {"new_password1": "brand-new-pass-77", "new_password2": "brand-new-pass-77"}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand-new-pass-77")
    assert AuditEvent.objects.filter(
        action=AuditAction.PASSWORD_RESET, organization=membership.organization
    ).exists()
    # The link is single-use.
    again = client.get(link.group(1), follow=True)
    assert "Link not valid" in again.content.decode()


def test_password_reset_for_unknown_email_reveals_nothing(client: Client) -> None:
    response = client.post("/password-reset/", {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert mail.outbox == []


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=2000)
def test_oversized_form_is_refused_and_writes_nothing(client: Client) -> None:
    response = client.post("/signup/", {**SIGNUP, "full_name": "x" * 5000})
    assert response.status_code == 400
    assert "nothing was saved" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert not User.objects.filter(email="ada@example.com").exists()
