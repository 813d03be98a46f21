"""/admin/login/ is the same door as /signin/: one throttle, one audit trail."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from tests.factories import DEFAULT_PASSWORD, UserFactory
from tracesec.audit.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def _admin_login(client: Client, email: str, password: str, address: str) -> str:
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": email, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )
    return response.content.decode() if response.status_code == 200 else response["Location"]


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_admin_login_is_throttled_and_audited() -> None:
    staff = UserFactory(is_staff=True, is_superuser=True)
    client = Client()
    for i in range(3):
        page = _admin_login(client, staff.email, "wrong", f"192.0.2.{i + 1}")
        assert "Email or password is not correct." in page
    assert AuditEvent.objects.filter(action=AuditAction.SIGNIN_FAILED).count() == 3
    page = _admin_login(client, staff.email, DEFAULT_PASSWORD, "192.0.2.9")
    assert "Too many failed sign-in attempts" in page
    assert "_auth_user_id" not in client.session


@override_settings(LOGIN_RATE_LIMIT_ATTEMPTS=3)
def test_failures_on_signin_count_against_admin_login_too(client: Client) -> None:
    staff = UserFactory(is_staff=True)
    for i in range(3):
        data = {"email": staff.email, "password": "wrong"}
        assert client.post("/signin/", data, REMOTE_ADDR=f"192.0.2.{i + 1}").status_code == 400
    page = _admin_login(client, staff.email, DEFAULT_PASSWORD, "192.0.2.9")
    assert "Too many failed sign-in attempts" in page


def test_admin_login_success_is_audited_and_admin_stays_usable(client: Client) -> None:
    staff = UserFactory(is_staff=True, is_superuser=True)
    assert _admin_login(client, staff.email, DEFAULT_PASSWORD, "192.0.2.1") == "/admin/"
    assert AuditEvent.objects.filter(action=AuditAction.SIGNIN, actor=staff).exists()
    assert client.get("/admin/").status_code == 200


def test_non_staff_cannot_use_the_admin(client: Client) -> None:
    user = UserFactory()
    page = _admin_login(client, user.email, DEFAULT_PASSWORD, "192.0.2.1")
    assert "Please enter the correct" in page
    assert "_auth_user_id" not in client.session
