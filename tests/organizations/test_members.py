"""Members page: list (query count), role change, removal, last-owner rule, tenancy."""

from __future__ import annotations

import hashlib
import re

import pytest

from tests.factories import ApiTokenFactory, MembershipFactory
from tests.support.organizations import OrgWithPeople
from tracesec.api.models import ApiToken
from tracesec.audit.models import AuditAction, AuditEvent
from tracesec.organizations.models import Membership, Role
from tracesec.organizations.services import invitation_accept, invitation_create

pytestmark = pytest.mark.django_db


def test_members_page_lists_only_own_org(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for):
    body = client_for(org_a.viewer).get("/settings/members/").content.decode()
    assert org_a.owner.user.email in body
    assert org_b.owner.user.email not in body


def test_members_page_query_count_does_not_grow_with_members(
    org_a: OrgWithPeople, client_for, django_assert_num_queries
) -> None:
    client = client_for(org_a.admin)
    client.get("/settings/members/")  # warm the session
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get("/settings/members/").status_code == 200
    for _ in range(10):
        MembershipFactory(organization=org_a.organization)
    with CaptureQueriesContext(connection) as many:
        assert client.get("/settings/members/").status_code == 200
    assert len(many) == len(few)
    assert len(few) <= 12


def test_admin_changes_role_and_it_is_audited(org_a: OrgWithPeople, client_for) -> None:
    response = client_for(org_a.admin).post(
        f"/settings/members/{org_a.member.pk}/role/", {"role": "viewer"}
    )
    assert response.status_code == 302
    org_a.member.refresh_from_db()
    assert org_a.member.role == Role.VIEWER
    event = AuditEvent.objects.get(action=AuditAction.MEMBER_ROLE_CHANGED)
    assert event.data == {"from": "member", "to": "viewer"}
    assert event.organization == org_a.organization


def test_role_change_with_htmx_returns_the_row(org_a: OrgWithPeople, client_for) -> None:
    response = client_for(org_a.admin).post(
        f"/settings/members/{org_a.member.pk}/role/", {"role": "admin"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.strip().startswith(f'<tr id="member-{org_a.member.pk}"')
    assert "Saved" in body


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_non_admins_cannot_change_roles(org_a: OrgWithPeople, client_for, role: str) -> None:
    client_for(getattr(org_a, role)).post(
        f"/settings/members/{org_a.owner.pk}/role/", {"role": "viewer"}
    )
    org_a.owner.refresh_from_db()
    assert org_a.owner.role == Role.OWNER


def test_admin_cannot_touch_owner_role(org_a: OrgWithPeople, client_for) -> None:
    client_for(org_a.admin).post(f"/settings/members/{org_a.owner.pk}/role/", {"role": "member"})
    client_for(org_a.admin).post(f"/settings/members/{org_a.member.pk}/role/", {"role": "owner"})
    org_a.owner.refresh_from_db()
    org_a.member.refresh_from_db()
    assert org_a.owner.role == Role.OWNER
    assert org_a.member.role == Role.MEMBER


def test_last_owner_cannot_be_demoted_or_removed(org_a: OrgWithPeople, client_for) -> None:
    client = client_for(org_a.owner)
    response = client.post(
        f"/settings/members/{org_a.owner.pk}/role/", {"role": "admin"}, follow=True
    )
    assert "at least one owner" in response.content.decode()
    response = client.post(f"/settings/members/{org_a.owner.pk}/remove/", follow=True)
    assert "last owner" in response.content.decode()
    org_a.owner.refresh_from_db()
    assert org_a.owner.role == Role.OWNER


def test_owner_can_step_down_once_another_owner_exists(org_a: OrgWithPeople, client_for) -> None:
    client = client_for(org_a.owner)
    client.post(f"/settings/members/{org_a.admin.pk}/role/", {"role": "owner"})
    client.post(f"/settings/members/{org_a.owner.pk}/role/", {"role": "admin"})
    org_a.owner.refresh_from_db()
    assert org_a.owner.role == Role.ADMIN


def test_admin_removes_member_and_it_is_audited(org_a: OrgWithPeople, client_for) -> None:
    response = client_for(org_a.admin).post(f"/settings/members/{org_a.member.pk}/remove/")
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=org_a.member.pk).exists()
    assert AuditEvent.objects.filter(
        action=AuditAction.MEMBER_REMOVED, target_label=org_a.member.user.email
    ).exists()


def test_admin_cannot_remove_owner(org_a: OrgWithPeople, client_for) -> None:
    client_for(org_a.admin).post(f"/settings/members/{org_a.owner.pk}/remove/")
    assert Membership.objects.filter(pk=org_a.owner.pk).exists()


def test_member_can_leave_but_not_remove_others(org_a: OrgWithPeople, client_for) -> None:
    client = client_for(org_a.member)
    client.post(f"/settings/members/{org_a.viewer.pk}/remove/")
    assert Membership.objects.filter(pk=org_a.viewer.pk).exists()
    client.post(f"/settings/members/{org_a.member.pk}/remove/")
    assert not Membership.objects.filter(pk=org_a.member.pk).exists()


def test_invalid_role_value_changes_nothing(org_a: OrgWithPeople, client_for) -> None:
    client_for(org_a.owner).post(f"/settings/members/{org_a.member.pk}/role/", {"role": "god"})
    org_a.member.refresh_from_db()
    assert org_a.member.role == Role.MEMBER


# -- tenant gate: org B's owner cannot read or change org A's members ---------------------------


def test_cross_org_role_change_is_404(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for):
    response = client_for(org_b.owner).post(
        f"/settings/members/{org_a.member.pk}/role/", {"role": "owner"}
    )
    assert response.status_code == 404
    org_a.member.refresh_from_db()
    assert org_a.member.role == Role.MEMBER


def test_cross_org_remove_is_404(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for) -> None:
    response = client_for(org_b.owner).post(f"/settings/members/{org_a.member.pk}/remove/")
    assert response.status_code == 404
    assert Membership.objects.filter(pk=org_a.member.pk).exists()


def test_missing_and_foreign_member_look_the_same(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    client = client_for(org_b.owner)
    foreign = client.post(f"/settings/members/{org_a.member.pk}/remove/")
    missing = client.post("/settings/members/999999/remove/")
    assert foreign.status_code == missing.status_code == 404

    # Identical apart from the per-response CSRF token.
    def strip(content: bytes) -> str:
        return re.sub(r"[A-Za-z0-9]{64}", "", content.decode())

    assert strip(foreign.content) == strip(missing.content)


def test_removed_members_api_tokens_stay_dead_when_re_added(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, api_client_for
) -> None:
    user = org_a.member.user
    api = api_client_for(org_a.member)
    other_org_token = ApiTokenFactory(organization=org_b.organization, user=user)
    MembershipFactory(organization=org_b.organization, user=user)
    assert api.get("/api/v1/me").status_code == 200

    response = client_for(org_a.admin).post(f"/settings/members/{org_a.member.pk}/remove/")
    assert response.status_code == 302
    assert api.get("/api/v1/me").status_code == 401
    # Re-added through a real invitation: the old token must not come back.
    _invitation, raw = invitation_create(actor=org_a.admin, email=user.email, role=Role.MEMBER)
    invitation_accept(token=raw, user=user)
    assert Membership.objects.filter(organization=org_a.organization, user=user).exists()
    assert api.get("/api/v1/me").status_code == 401
    token = ApiToken.objects.get(token_hash=hashlib.sha256(api.raw_token.encode()).hexdigest())
    assert token.revoked_at is not None
    other_org_token.refresh_from_db()
    assert other_org_token.revoked_at is None  # only the ended membership's tokens


def test_leaving_revokes_own_tokens(org_a: OrgWithPeople, client_for, api_client_for) -> None:
    api = api_client_for(org_a.viewer)
    client_for(org_a.viewer).post(f"/settings/members/{org_a.viewer.pk}/remove/")
    assert ApiToken.objects.filter(user=org_a.viewer.user, revoked_at__isnull=True).count() == 0
    assert api.get("/api/v1/me").status_code == 401
