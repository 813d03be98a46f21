"""Deadline settings: admins set per-severity days (audited), others only read them, bad
values are refused and change nothing, and each organization has its own."""

from __future__ import annotations

from typing import Any

import pytest

from tracesec.audit.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db

DAYS = {"critical": "3", "high": "14", "medium": "60", "low": "120"}


def test_defaults_and_an_admin_changes_them(org_a: Any, org_b: Any, client_for: Any) -> None:
    page = client_for(org_a.admin).get("/settings/deadlines/").content.decode()
    for value in ("7", "30", "90", "180"):
        assert f'value="{value}"' in page
    response = client_for(org_a.admin).post("/settings/deadlines/", DAYS)
    assert response.status_code == 302
    org_a.organization.refresh_from_db()
    assert org_a.organization.sla_critical_days == 3
    assert org_a.organization.sla_low_days == 120
    event = AuditEvent.objects.get(action=AuditAction.ORGANIZATION_SLA_CHANGED)
    assert event.data["before"]["critical"] == 7
    assert event.data["after"]["critical"] == 3
    org_b.organization.refresh_from_db()
    assert org_b.organization.sla_critical_days == 7


def test_bad_values_are_refused(org_a: Any, client_for: Any) -> None:
    response = client_for(org_a.admin).post("/settings/deadlines/", {**DAYS, "high": "0"})
    assert response.status_code == 400
    org_a.organization.refresh_from_db()
    assert org_a.organization.sla_high_days == 30


def test_a_viewer_reads_but_cannot_change(org_a: Any, client_for: Any) -> None:
    page = client_for(org_a.viewer).get("/settings/deadlines/")
    assert page.status_code == 200
    assert 'data-testid="sla-form"' not in page.content.decode()
    response = client_for(org_a.viewer).post("/settings/deadlines/", DAYS)
    assert response.status_code == 302  # refused with a message, as every admin-only POST
    org_a.organization.refresh_from_db()
    assert org_a.organization.sla_critical_days == 7
