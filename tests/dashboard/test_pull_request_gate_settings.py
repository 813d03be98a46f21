"""Pull-request gate settings: admins set the severity and the gating engines (audited), others
only read them, bad values are refused and change nothing, and each organization has its own."""

from __future__ import annotations

from typing import Any

import pytest

from tracesec.audit.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db

URL = "/settings/pull-request-checks/"


def test_defaults_and_an_admin_changes_them(org_a: Any, org_b: Any, client_for: Any) -> None:
    page = client_for(org_a.admin).get(URL).content.decode()
    assert 'data-testid="pr-gate-form"' in page
    assert 'value="high" selected' in page
    response = client_for(org_a.admin).post(URL, {"severity": "critical", "engines": ["secrets"]})
    assert response.status_code == 302
    org_a.organization.refresh_from_db()
    assert org_a.organization.pr_gate_severity == "critical"
    assert org_a.organization.pr_gate_engines == ["secrets"]
    event = AuditEvent.objects.get(action=AuditAction.ORGANIZATION_PR_GATE_CHANGED)
    assert event.data["before"] == {"severity": "high", "engines": ["sast", "sca", "secrets"]}
    assert event.data["after"] == {"severity": "critical", "engines": ["secrets"]}
    org_b.organization.refresh_from_db()
    assert org_b.organization.pr_gate_severity == "high"


def test_off_and_no_engines_are_allowed(org_a: Any, client_for: Any) -> None:
    response = client_for(org_a.admin).post(URL, {"severity": "off"})
    assert response.status_code == 302
    org_a.organization.refresh_from_db()
    assert (org_a.organization.pr_gate_severity, org_a.organization.pr_gate_engines) == ("off", [])


def test_bad_values_are_refused(org_a: Any, client_for: Any) -> None:
    for bad in ({"severity": "urgent"}, {"severity": "high", "engines": ["dast"]}):
        response = client_for(org_a.admin).post(URL, bad)
        assert response.status_code == 400
    org_a.organization.refresh_from_db()
    assert org_a.organization.pr_gate_severity == "high"
    assert org_a.organization.pr_gate_engines == ["sast", "sca", "secrets"]
    assert not AuditEvent.objects.filter(action=AuditAction.ORGANIZATION_PR_GATE_CHANGED)


def test_a_member_reads_but_cannot_change(org_a: Any, client_for: Any) -> None:
    page = client_for(org_a.member).get(URL)
    assert page.status_code == 200
    assert 'data-testid="pr-gate-form"' not in page.content.decode()
    assert 'data-testid="pr-gate-values"' in page.content.decode()
    response = client_for(org_a.member).post(URL, {"severity": "off"})
    assert response.status_code == 302  # refused with a message, as every admin-only POST
    org_a.organization.refresh_from_db()
    assert org_a.organization.pr_gate_severity == "high"
