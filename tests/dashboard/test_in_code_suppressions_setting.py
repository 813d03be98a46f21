"""Settings → Deadlines & suppressions: admins switch `trace-ignore` comments on and off for
their organization (audited), members and viewers cannot, another organization's switch is a
404, bad values change nothing, and the page says what the switch does."""

from __future__ import annotations

from typing import Any

import pytest

from tracesec.audit.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def _url(organization_id: int) -> str:
    return f"/settings/organizations/{organization_id}/in-code-suppressions/"


def test_an_admin_turns_in_code_suppressions_off_and_on(org_a: Any, client_for: Any) -> None:
    client = client_for(org_a.admin)
    page = client.get("/settings/deadlines/").content.decode()
    assert 'data-testid="in-code-suppressions-form"' in page
    assert ">honours</strong>" in page
    assert ".trace.yml" in page  # says what is *not* affected

    response = client.post(_url(org_a.organization.pk), {"in_code_suppressions": "disallow"})
    assert response.status_code == 302
    org_a.organization.refresh_from_db()
    assert org_a.organization.allow_in_code_suppressions is False
    event = AuditEvent.objects.get(action=AuditAction.ORGANIZATION_SUPPRESSIONS_CHANGED)
    assert event.actor_id == org_a.admin.user_id
    assert event.data == {"allow_in_code_suppressions": {"before": True, "after": False}}
    assert ">does not honour</strong>" in client.get("/settings/deadlines/").content.decode()

    # saving the same value again changes nothing and writes no second audit event
    client.post(_url(org_a.organization.pk), {"in_code_suppressions": "disallow"})
    assert (
        AuditEvent.objects.filter(action=AuditAction.ORGANIZATION_SUPPRESSIONS_CHANGED).count() == 1
    )

    client.post(_url(org_a.organization.pk), {"in_code_suppressions": "allow"})
    org_a.organization.refresh_from_db()
    assert org_a.organization.allow_in_code_suppressions is True


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_members_and_viewers_are_refused(org_a: Any, client_for: Any, role: str) -> None:
    client = client_for(getattr(org_a, role))
    page = client.get("/settings/deadlines/").content.decode()
    assert 'data-testid="in-code-suppressions"' in page  # they may read what applies
    assert 'data-testid="in-code-suppressions-form"' not in page
    response = client.post(_url(org_a.organization.pk), {"in_code_suppressions": "disallow"})
    assert response.status_code == 302  # refused with a message, as every admin-only POST
    org_a.organization.refresh_from_db()
    assert org_a.organization.allow_in_code_suppressions is True
    assert not AuditEvent.objects.filter(action=AuditAction.ORGANIZATION_SUPPRESSIONS_CHANGED)


def test_another_organization_is_not_found(org_a: Any, org_b: Any, client_for: Any) -> None:
    response = client_for(org_b.owner).post(
        _url(org_a.organization.pk), {"in_code_suppressions": "disallow"}
    )
    assert response.status_code == 404
    org_a.organization.refresh_from_db()
    org_b.organization.refresh_from_db()
    assert org_a.organization.allow_in_code_suppressions is True
    assert org_b.organization.allow_in_code_suppressions is True


@pytest.mark.parametrize("data", [{}, {"in_code_suppressions": "maybe"}])
def test_a_bad_value_is_refused_and_changes_nothing(
    org_a: Any, client_for: Any, data: dict[str, str]
) -> None:
    response = client_for(org_a.admin).post(_url(org_a.organization.pk), data)
    assert response.status_code == 400
    assert 'data-testid="in-code-suppressions-form"' in response.content.decode()
    org_a.organization.refresh_from_db()
    assert org_a.organization.allow_in_code_suppressions is True


def test_a_get_is_not_allowed(org_a: Any, client_for: Any) -> None:
    assert client_for(org_a.admin).get(_url(org_a.organization.pk)).status_code == 405
