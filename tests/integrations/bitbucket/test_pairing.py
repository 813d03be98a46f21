"""Redeeming pairing codes: binding, refusal reasons, rate limits, audit, single binding."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.integrations.bitbucket.fitkit import WORKSPACE
from tests.integrations.bitbucket.helpers import code_for, installation, paired
from tracesec.audit.models import AuditEvent
from tracesec.common.errors import PermissionDeniedError
from tracesec.integrations.bitbucket.pairing import PairingError, pairing_redeem
from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    ForgeInstallation,
    InstallationStatus,
    PairingCode,
    SyncStatus,
)

pytestmark = pytest.mark.django_db


def redeem(actor: Any, code: str) -> Connection:
    return pairing_redeem(actor=actor, code_text=code, request=None)


def expect_failure(actor: Any, code: str, reason: str) -> None:
    with pytest.raises(PairingError) as info:
        redeem(actor, code)
    assert info.value.code == reason
    assert AuditEvent.objects.filter(
        action="integration.pairing_failed", data__reason=reason
    ).exists()


def test_success_binds_in_one_go(
    forge_settings: Any, org_a: Any, django_capture_on_commit_callbacks: Any
) -> None:
    inst = installation()
    code = code_for(inst, principal="712020:admin-who-looked")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        connection = redeem(org_a.admin, code.lower().replace("-", " "))
    assert len(callbacks) == 1  # the repository sync, enqueued on commit
    inst.refresh_from_db()
    assert inst.status == InstallationStatus.PAIRED
    assert inst.connection == connection
    assert inst.paired_by == org_a.admin.user
    assert inst.paired_by_principal == "712020:admin-who-looked"
    assert connection.organization == org_a.organization
    assert connection.status == ConnectionStatus.ACTIVE
    assert connection.external_id == WORKSPACE
    connection.refresh_from_db()
    assert connection.last_sync_status == SyncStatus.QUEUED
    assert PairingCode.objects.get().used_at is not None
    assert AuditEvent.objects.filter(action="integration.connected").count() == 1


def test_code_is_burned(forge_settings: Any, org_a: Any) -> None:
    code = code_for(installation())
    redeem(org_a.admin, code)
    expect_failure(org_a.admin, code, "used")


def test_used_code(forge_settings: Any, org_a: Any) -> None:
    inst = installation()
    code = code_for(inst)
    PairingCode.objects.update(used_at=timezone.now())
    expect_failure(org_a.admin, code, "used")
    inst.refresh_from_db()
    assert inst.connection is None


def test_wrong_code(forge_settings: Any, org_a: Any) -> None:
    code_for(installation())
    expect_failure(org_a.admin, "ABCD-EFGH-JKMN", "wrong")


def test_not_a_code(forge_settings: Any, org_a: Any) -> None:
    expect_failure(org_a.admin, "hello", "invalid")


def test_expired_code(forge_settings: Any, org_a: Any) -> None:
    code = code_for(installation(), ttl=-5)
    expect_failure(org_a.admin, code, "expired")


def test_uninstalled_installation(forge_settings: Any, org_a: Any) -> None:
    inst = installation()
    code = code_for(inst)
    ForgeInstallation.objects.update(status=InstallationStatus.UNINSTALLED)
    expect_failure(org_a.admin, code, "uninstalled")


def test_never_bound_to_a_second_org(forge_settings: Any, org_a: Any, org_b: Any) -> None:
    inst = installation()
    first = code_for(inst)
    redeem(org_a.admin, first)
    # Even a valid, unused code for the same installation cannot move it.
    second_raw = code_for(inst)
    expect_failure(org_b.admin, second_raw, "already_bound")
    inst.refresh_from_db()
    assert inst.connection is not None
    assert inst.connection.organization == org_a.organization
    assert not Connection.objects.filter(organization=org_b.organization).exists()


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_only_org_admins(forge_settings: Any, org_a: Any, role: str) -> None:
    code = code_for(installation())
    with pytest.raises(PermissionDeniedError):
        redeem(getattr(org_a, role), code)
    assert ForgeInstallation.objects.get().connection is None


def test_owner_may_pair(forge_settings: Any, org_a: Any) -> None:
    redeem(org_a.owner, code_for(installation()))


def test_rate_limited_per_user(forge_settings: Any, org_a: Any) -> None:
    forge_settings.TRACE_PAIRING_ATTEMPTS_PER_USER = 3
    code = code_for(installation())
    for _ in range(3):
        with pytest.raises(PairingError):
            redeem(org_a.admin, "ABCD-EFGH-JKMN")
    # The right code is refused too while the limit holds: guessing cannot continue.
    with pytest.raises(PairingError) as info:
        redeem(org_a.admin, code)
    assert info.value.code == "rate_limited"
    assert info.value.status_code == 429
    assert ForgeInstallation.objects.get().connection is None


def test_rate_limited_per_org(forge_settings: Any, org_a: Any) -> None:
    forge_settings.TRACE_PAIRING_ATTEMPTS_PER_ORG = 2
    for _ in range(2):
        with pytest.raises(PairingError):
            redeem(org_a.admin, "ABCD-EFGH-JKMN")
    with pytest.raises(PairingError) as info:
        redeem(org_a.owner, "ABCD-EFGH-JKMN")  # a different admin of the same org
    assert info.value.code == "rate_limited"


def test_every_attempt_is_audited(forge_settings: Any, org_a: Any) -> None:
    code = code_for(installation())
    for bad in ["x", "ABCD-EFGH-JKMN"]:
        with pytest.raises(PairingError):
            redeem(org_a.admin, bad)
    redeem(org_a.admin, code)
    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == [
        "integration.pairing_failed",
        "integration.pairing_failed",
        "integration.connected",
    ]
    for event in AuditEvent.objects.all():
        assert code.replace("-", "") not in str(event.data)


def test_reinstall_repairs_same_connection(forge_settings: Any, org_a: Any) -> None:
    old, connection = paired(org_a.organization)
    connection.status = ConnectionStatus.INACTIVE
    connection.inactive_reason = "app_uninstalled"
    connection.save()
    old.status = InstallationStatus.UNINSTALLED
    old.save()
    new = installation(installation_id="11111111-2222-4333-8444-555555555555")
    assert new.status == InstallationStatus.UNPAIRED  # never auto-bound by workspace
    again = redeem(org_a.admin, code_for(new))
    assert again.pk == connection.pk
    again.refresh_from_db()
    assert again.status == ConnectionStatus.ACTIVE
    assert again.inactive_reason == ""
    new.refresh_from_db()
    assert new.connection_id == connection.pk


def test_code_ttl_is_short(forge_settings: Any) -> None:
    assert forge_settings.TRACE_PAIRING_CODE_TTL_SECONDS <= 900
    inst = installation()
    code_for(inst)
    stored = PairingCode.objects.get()
    assert stored.expires_at - timezone.now() <= timedelta(minutes=15)
