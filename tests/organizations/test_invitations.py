"""Invitations: create, accept (new or existing account), expired, reused, wrong user, tenancy."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from tests.factories import DEFAULT_PASSWORD, InvitationFactory
from tests.support.organizations import OrgWithPeople
from tracesec.accounts.models import User
from tracesec.audit.models import AuditAction, AuditEvent
from tracesec.organizations.models import Invitation, Membership, Role

pytestmark = pytest.mark.django_db


def _invite(client: Client, capture, email: str, role: str = Role.MEMBER) -> str:
    with capture(execute=True):
        response = client.post("/settings/members/", {"email": email, "role": role})
    assert response.status_code == 302, response.content
    match = re.search(r"http://testserver(/invite/[^/\s]+/)", mail.outbox[-1].body)
    assert match is not None
    return match.group(1)


def test_admin_invites_and_new_person_joins(
    org_a: OrgWithPeople, client_for, django_capture_on_commit_callbacks
) -> None:
    path = _invite(
        client_for(org_a.admin), django_capture_on_commit_callbacks, "newbie@example.com", "viewer"
    )
    assert mail.outbox[-1].to == ["newbie@example.com"]
    invitation = Invitation.objects.get(email="newbie@example.com")
    assert path.split("/")[2] not in invitation.token_hash  # only the hash is stored
    assert AuditEvent.objects.filter(
        action=AuditAction.MEMBER_INVITED, organization=org_a.organization
    ).exists()

    guest = Client()
    page = guest.get(path)
    assert page.status_code == 200
    assert "Join Org A" in page.content.decode()
    response = guest.post(path, {"full_name": "New Bie", "password": "fresh-password-9"})
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="newbie@example.com")
    assert membership.organization == org_a.organization
    assert membership.role == Role.VIEWER
    overview = guest.get("/")
    assert "Org A" in overview.content.decode()


def test_reused_invitation_is_refused(org_a: OrgWithPeople) -> None:
    InvitationFactory(organization=org_a.organization, token="tok-used", email="x@example.com")
    client = Client()
    assert client.post("/invite/tok-used/", {"password": "fresh-password-9"}).status_code == 302
    again = Client().get("/invite/tok-used/")
    assert again.status_code == 410
    assert "already been used" in again.content.decode()


def test_expired_invitation_is_refused_and_creates_no_user(org_a: OrgWithPeople) -> None:
    InvitationFactory(
        organization=org_a.organization,
        token="tok-old",
        email="late@example.com",
        expires_at=timezone.now() - timedelta(minutes=1),
    )
    client = Client()
    page = client.get("/invite/tok-old/")
    assert page.status_code == 410
    assert "expired" in page.content.decode()
    response = client.post("/invite/tok-old/", {"password": "fresh-password-9"})
    assert response.status_code == 410
    assert not User.objects.filter(email="late@example.com").exists()


def test_unknown_invitation_token_is_404() -> None:
    assert Client().get("/invite/does-not-exist/").status_code == 404


def test_weak_password_on_invite_signup_writes_nothing(org_a: OrgWithPeople) -> None:
    InvitationFactory(organization=org_a.organization, token="tok-weak", email="w@example.com")
    response = Client().post("/invite/tok-weak/", {"password": "123"})
    assert response.status_code == 400
    assert not User.objects.filter(email="w@example.com").exists()
    assert Invitation.objects.get(email="w@example.com").accepted_at is None


def test_existing_user_accepts_when_signed_in(org_a: OrgWithPeople, org_b: OrgWithPeople) -> None:
    user = org_b.member.user
    InvitationFactory(organization=org_a.organization, token="tok-existing", email=user.email)
    anonymous = Client()
    assert anonymous.post("/invite/tok-existing/").status_code == 302  # → sign in first
    client = Client()
    client.post("/signin/", {"email": user.email, "password": DEFAULT_PASSWORD})
    assert client.post("/invite/tok-existing/").status_code == 302
    assert Membership.objects.filter(user=user, organization=org_a.organization).exists()


def test_invitation_for_someone_else_is_refused(org_a: OrgWithPeople, client_for) -> None:
    InvitationFactory(organization=org_a.organization, token="tok-other", email="them@example.com")
    intruder = client_for(org_a.viewer)  # signed in with a different email
    response = intruder.post("/invite/tok-other/")
    assert response.status_code == 403
    assert Invitation.objects.get(email="them@example.com").accepted_at is None


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_members_and_viewers_cannot_invite(org_a: OrgWithPeople, client_for, role) -> None:
    client = client_for(getattr(org_a, role))
    client.post("/settings/members/", {"email": "z@example.com", "role": "member"})
    assert not Invitation.objects.filter(email="z@example.com").exists()
    assert mail.outbox == []


def test_admin_cannot_invite_an_owner(org_a: OrgWithPeople, client_for) -> None:
    client_for(org_a.admin).post("/settings/members/", {"email": "o@example.com", "role": "owner"})
    assert not Invitation.objects.filter(email="o@example.com").exists()


def test_inviting_an_existing_member_is_a_clear_error(org_a: OrgWithPeople, client_for) -> None:
    client = client_for(org_a.admin)
    response = client.post(
        "/settings/members/", {"email": org_a.member.user.email, "role": "member"}, follow=True
    )
    assert "already a member" in response.content.decode()


def test_invalid_invite_form_is_400(org_a: OrgWithPeople, client_for) -> None:
    response = client_for(org_a.admin).post("/settings/members/", {"email": "nope", "role": "x"})
    assert response.status_code == 400


def test_revoke_invitation_and_cross_org_refusal(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    invitation = InvitationFactory(organization=org_a.organization, token="tok-rev")
    assert (
        client_for(org_b.owner).post(f"/settings/invitations/{invitation.pk}/revoke/").status_code
        == 404
    )
    invitation.refresh_from_db()
    assert invitation.revoked_at is None
    client_for(org_a.admin).post(f"/settings/invitations/{invitation.pk}/revoke/")
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert Client().get("/invite/tok-rev/").status_code == 410
