"""After a scan is recorded: new critical/high findings on the default branch are emailed to
admins and posted to webhooks; no secret value ever leaves in a notification."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command

from tests.support.builders import (
    engine_finding,
    make_member,
    make_org,
    make_repository,
    make_scan,
    scan_result,
)
from tests.support.webhook_receiver import Receiver
from tracesec.engines.model import Engine, ScanConfig, Severity
from tracesec.notifications.services import notification_settings_get, webhook_endpoint_create
from tracesec.organizations.models import Role
from tracesec.scans.execution import _record, run_engines, scan_config
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db(transaction=True)

OWNER = "worker-test"
# drawn fresh per run: nothing can pass by matching a known value
TOKEN = "ghp_" + secrets.token_hex(18)


def _record_scan(repository: Any, findings: tuple[Any, ...], **fields: Any) -> None:
    scan = make_scan(repository, status=ScanState.RECORDING, lease_owner=OWNER, **fields)
    _record(scan.pk, OWNER, scan_result(findings), scan_config(scan))
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def _secret_findings(tmp_path: Path) -> tuple[Any, ...]:
    """What the real secrets engine reports for a planted token (redacted by the engine)."""
    (tmp_path / "settings.py").write_text(f'GITHUB_TOKEN = "{TOKEN}"\n')
    result = run_engines(tmp_path, ScanConfig(engines=(Engine.SECRETS,)))
    assert result.findings, "the secrets engine must see the planted token"
    return result.findings


def test_new_critical_and_high_findings_are_emailed_and_posted(
    receiver: Receiver, tmp_path: Path
) -> None:
    org = make_org()
    admin = make_member(org, role=Role.ADMIN, email="admin@example.com")
    make_member(org, role=Role.OWNER, email="owner@example.com")
    make_member(org, role=Role.MEMBER, email="member@example.com")
    _endpoint, webhook_secret = webhook_endpoint_create(actor=admin, url=receiver.url, fmt="json")
    repository = make_repository(org)
    findings = (
        engine_finding("sqli", severity=Severity.HIGH, title="SQL built from request input"),
        engine_finding("low", severity=Severity.LOW, title="A low one"),
        *_secret_findings(tmp_path),
    )
    _record_scan(repository, findings, branch="main")

    [email] = mail.outbox
    assert sorted(email.to) == ["admin@example.com", "owner@example.com"]
    assert email.subject.startswith("[Trace] ")
    assert f"new critical/high findings in {repository.full_name}" in email.subject
    assert "SQL built from request input (app.py:1)" in email.body
    assert "(settings.py:1)" in email.body  # the token's finding, by title and place
    assert "A low one" not in email.body
    [request] = receiver.requests
    body = request.body.decode()
    assert '"event":"findings.new"' in body
    # no secret value in any notification: neither the token nor the webhook's own secret
    for text in (email.subject, email.body, body):
        assert TOKEN not in text
        assert TOKEN[8:24] not in text
        assert webhook_secret not in text
    assert "snippet" not in body

    # a re-scan with the same findings: nothing new, nothing sent
    _record_scan(repository, findings, branch="main")
    assert len(mail.outbox) == 1
    assert len(receiver.requests) == 1


def test_other_branches_and_disabled_email_notify_no_one() -> None:
    org = make_org()
    admin = make_member(org, role=Role.ADMIN, email="admin@example.com")
    repository = make_repository(org)
    _record_scan(repository, (engine_finding("a", severity=Severity.HIGH),), branch="feature/x")
    assert mail.outbox == []
    settings_row = notification_settings_get(organization_id=org.pk)
    settings_row.email_enabled = False
    settings_row.save()
    _record_scan(repository, (engine_finding("b", severity=Severity.CRITICAL),), branch="main")
    assert mail.outbox == []
    assert admin.user.email == "admin@example.com"


def test_a_deactivated_admin_receives_no_alert_email() -> None:
    """A deactivated account cannot sign in; it must not keep receiving finding titles."""
    org = make_org()
    make_member(org, role=Role.ADMIN, email="admin@example.com")
    gone = make_member(org, role=Role.OWNER, email="gone@example.com")
    gone.user.is_active = False
    gone.user.save(update_fields=["is_active"])
    repository = make_repository(org)
    _record_scan(repository, (engine_finding("a", severity=Severity.HIGH),), branch="main")
    [email] = mail.outbox
    assert email.to == ["admin@example.com"]
