"""API tokens in the dashboard: shown once, stored hashed, revocable, scoped to owner and org."""

from __future__ import annotations

import hashlib
import re

import pytest

from tests.factories import ApiTokenFactory
from tests.support.organizations import OrgWithPeople
from tracesec.api.models import ApiToken
from tracesec.audit.models import AuditAction, AuditEvent

pytestmark = pytest.mark.django_db


def test_create_token_shows_it_once_and_stores_only_a_hash(org_a: OrgWithPeople, client_for):
    client = client_for(org_a.member)
    response = client.post("/settings/api-tokens/", {"name": "CI"})
    assert response.status_code == 201
    assert response["Cache-Control"] == "no-store"
    raw = re.search(r'data-testid="new-token">(trc_[^<]+)<', response.content.decode()).group(1)
    token = ApiToken.objects.get(name="CI")
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(list(ApiToken.objects.values()))
    assert AuditEvent.objects.filter(action=AuditAction.TOKEN_CREATED).exists()
    assert raw not in str(list(AuditEvent.objects.values()))
    # Never shown again.
    assert raw not in client.get("/settings/api-tokens/").content.decode()
    # And it works against the API.
    api = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert api.status_code == 200


def test_empty_token_name_is_refused(org_a: OrgWithPeople, client_for) -> None:
    response = client_for(org_a.member).post("/settings/api-tokens/", {"name": "  "})
    assert response.status_code == 400
    assert not ApiToken.objects.exists()


def test_revoke_token(org_a: OrgWithPeople, client_for) -> None:
    token = ApiTokenFactory(organization=org_a.organization, user=org_a.member.user)
    response = client_for(org_a.member).post(f"/settings/api-tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(action=AuditAction.TOKEN_REVOKED).count() == 1


def test_tokens_of_other_users_are_invisible_and_unrevocable(org_a: OrgWithPeople, client_for):
    token = ApiTokenFactory(organization=org_a.organization, user=org_a.admin.user, name="admins")
    client = client_for(org_a.owner)  # same org, different user
    assert "admins" not in client.get("/settings/api-tokens/").content.decode()
    assert client.post(f"/settings/api-tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_cross_org_token_revoke_is_404(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for):
    token = ApiTokenFactory(organization=org_a.organization, user=org_a.owner.user)
    assert (
        client_for(org_b.owner).post(f"/settings/api-tokens/{token.pk}/revoke/").status_code == 404
    )
    token.refresh_from_db()
    assert token.revoked_at is None


def test_token_list_query_count_is_constant(org_a: OrgWithPeople, client_for) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(org_a.member)
    ApiTokenFactory(organization=org_a.organization, user=org_a.member.user)
    client.get("/settings/api-tokens/")
    with CaptureQueriesContext(connection) as few:
        client.get("/settings/api-tokens/")
    for _ in range(5):
        ApiTokenFactory(organization=org_a.organization, user=org_a.member.user)
    with CaptureQueriesContext(connection) as many:
        client.get("/settings/api-tokens/")
    assert len(few) == len(many)
