"""REST API through HTTP: auth, envelope, pagination, tenancy, bad input."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import ApiTokenFactory, MembershipFactory
from tests.support.organizations import OrgWithPeople
from tracesec.api.models import ApiToken
from tracesec.audit.models import AuditAction, AuditEvent
from tracesec.organizations.models import Membership, Role

pytestmark = pytest.mark.django_db


def assert_envelope(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"message", "code", "extra"}
    assert body["code"] == code
    assert body["message"]
    assert "Traceback" not in response.content.decode()
    return body


def members_url(org) -> str:
    return f"/api/v1/organizations/{org.organization.pk}/members"


# -- authentication ----------------------------------------------------------------------------


def test_me(org_a: OrgWithPeople, api_client_for) -> None:
    response = api_client_for(org_a.member).get("/api/v1/me")
    assert response.status_code == 200
    assert response.json()["email"] == org_a.member.user.email


def test_missing_token(client: Client) -> None:
    assert_envelope(client.get("/api/v1/me"), 401, "not_authenticated")


@pytest.mark.parametrize(
    "header", ["Bearer trc_nope_nope", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + "x" * 5000]
)
def test_invalid_token(db, header: str) -> None:
    response = Client().get("/api/v1/me", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["code"] in {"invalid_token", "not_authenticated"}


def test_revoked_token_stops_working(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.member)
    assert api.get("/api/v1/me").status_code == 200
    ApiToken.objects.update(revoked_at=timezone.now())
    assert_envelope(api.get("/api/v1/me"), 401, "invalid_token")


def test_token_stops_working_when_member_leaves(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.member)
    Membership.objects.filter(pk=org_a.member.pk).delete()
    assert_envelope(api.get("/api/v1/me"), 401, "invalid_token")


def test_last_used_is_recorded(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.member)
    token = ApiToken.objects.get()
    assert token.last_used_at is None
    api.get("/api/v1/me")
    token.refresh_from_db()
    assert token.last_used_at is not None
    # Throttled: a second call within the resolution does not write again.
    first = token.last_used_at
    api.get("/api/v1/me")
    token.refresh_from_db()
    assert token.last_used_at == first
    ApiToken.objects.update(last_used_at=timezone.now() - timedelta(minutes=5))
    api.get("/api/v1/me")
    token.refresh_from_db()
    assert token.last_used_at > first - timedelta(minutes=1)


def test_session_cookie_does_not_authenticate_the_api(org_a: OrgWithPeople, client_for) -> None:
    assert_envelope(client_for(org_a.owner).get("/api/v1/me"), 401, "not_authenticated")


# -- organizations and members -----------------------------------------------------------------


def test_organization_list_and_detail(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.admin)
    listing = api.get("/api/v1/organizations").json()
    assert listing["count"] == 1
    assert listing["items"][0] == {
        "id": org_a.organization.pk,
        "name": "Org A",
        "slug": org_a.organization.slug,
        "role": "admin",
    }
    detail = api.get(f"/api/v1/organizations/{org_a.organization.pk}")
    assert detail.json()["name"] == "Org A"


def test_members_pagination(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.viewer)
    page = api.get(members_url(org_a), {"limit": 2, "offset": 1}).json()
    assert page["count"] == 4
    assert page["limit"] == 2
    assert page["offset"] == 1
    assert len(page["items"]) == 2
    everything = api.get(members_url(org_a)).json()["items"]
    assert [m["id"] for m in everything[1:3]] == [m["id"] for m in page["items"]]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}])
def test_bad_pagination_is_422(org_a: OrgWithPeople, api_client_for, params) -> None:
    body = assert_envelope(
        api_client_for(org_a.viewer).get(members_url(org_a), params), 422, "validation_error"
    )
    assert body["extra"]["errors"]


def test_members_query_count_is_constant(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.viewer)
    api.get(members_url(org_a))
    with CaptureQueriesContext(connection) as few:
        assert api.get(members_url(org_a)).status_code == 200
    for _ in range(15):
        MembershipFactory(organization=org_a.organization)
    with CaptureQueriesContext(connection) as many:
        assert api.get(members_url(org_a)).json()["count"] == 19
    assert len(few) == len(many)
    assert len(few) <= 6


def test_member_role_change_via_api(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.admin)
    response = api.patch(
        f"{members_url(org_a)}/{org_a.member.pk}",
        data=json.dumps({"role": "viewer"}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["role"] == "viewer"
    assert AuditEvent.objects.filter(action=AuditAction.MEMBER_ROLE_CHANGED).exists()


def test_member_role_change_needs_admin(org_a: OrgWithPeople, api_client_for) -> None:
    response = api_client_for(org_a.member).patch(
        f"{members_url(org_a)}/{org_a.viewer.pk}",
        data=json.dumps({"role": "admin"}),
        content_type="application/json",
    )
    assert_envelope(response, 403, "forbidden")
    org_a.viewer.refresh_from_db()
    assert org_a.viewer.role == Role.VIEWER


def test_invalid_role_is_422(org_a: OrgWithPeople, api_client_for) -> None:
    response = api_client_for(org_a.owner).patch(
        f"{members_url(org_a)}/{org_a.member.pk}",
        data=json.dumps({"role": "emperor"}),
        content_type="application/json",
    )
    body = assert_envelope(response, 422, "validation_error")
    assert "emperor" not in json.dumps(body)  # input is not echoed back


def test_last_owner_cannot_be_removed_via_api(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.owner)
    assert_envelope(api.delete(f"{members_url(org_a)}/{org_a.owner.pk}"), 409, "last_owner")
    assert api.delete(f"{members_url(org_a)}/{org_a.member.pk}").status_code == 204
    assert not Membership.objects.filter(pk=org_a.member.pk).exists()


# -- tenant gate: org B's token cannot read or change org A -------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/organizations/{org}",
        "/api/v1/organizations/{org}/members",
        "/api/v1/organizations/{org}/members/{member}",
    ],
)
def test_cross_org_reads_are_404(org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for, path):
    url = path.format(org=org_a.organization.pk, member=org_a.member.pk)
    assert_envelope(api_client_for(org_b.owner).get(url), 404, "not_found")


def test_member_of_other_org_via_own_org_url_is_404(
    org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for
) -> None:
    url = f"{members_url(org_b)}/{org_a.member.pk}"
    assert_envelope(api_client_for(org_b.owner).get(url), 404, "not_found")


def test_cross_org_writes_are_404(org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for):
    api = api_client_for(org_b.owner)
    for org in (org_a, org_b):  # foreign org URL, and own org URL with a foreign member id
        url = f"{members_url(org)}/{org_a.member.pk}"
        patch = api.patch(url, data=json.dumps({"role": "owner"}), content_type="application/json")
        assert_envelope(patch, 404, "not_found")
        assert_envelope(api.delete(url), 404, "not_found")
    org_a.member.refresh_from_db()
    assert org_a.member.role == Role.MEMBER


def test_token_is_bound_to_its_organization(
    org_a: OrgWithPeople, org_b: OrgWithPeople, api_client_for
) -> None:
    # The same person in two orgs: a token made in B cannot reach A.
    user = org_b.admin.user
    MembershipFactory(user=user, organization=org_a.organization, role=Role.OWNER)
    api = api_client_for(org_b.admin)
    assert_envelope(api.get(members_url(org_a)), 404, "not_found")
    assert [o["id"] for o in api.get("/api/v1/organizations").json()["items"]] == [
        org_b.organization.pk
    ]


# -- bad input -----------------------------------------------------------------------------------


def test_malformed_json(org_a: OrgWithPeople, api_client_for) -> None:
    response = api_client_for(org_a.owner).patch(
        f"{members_url(org_a)}/{org_a.member.pk}",
        data='{"role": "admin"',
        content_type="application/json",
    )
    assert_envelope(response, 400, "malformed_json")
    org_a.member.refresh_from_db()
    assert org_a.member.role == Role.MEMBER


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_oversized_body(org_a: OrgWithPeople, api_client_for) -> None:
    big = json.dumps({"role": "admin", "pad": "x" * 5000})
    response = api_client_for(org_a.owner).patch(
        f"{members_url(org_a)}/{org_a.member.pk}", data=big, content_type="application/json"
    )
    assert_envelope(response, 413, "body_too_large")
    org_a.member.refresh_from_db()
    assert org_a.member.role == Role.MEMBER


def test_unknown_endpoint_and_wrong_method(org_a: OrgWithPeople, api_client_for) -> None:
    api = api_client_for(org_a.owner)
    assert_envelope(api.get("/api/v1/no-such-thing"), 404, "not_found")
    assert_envelope(api.post("/api/v1/me"), 405, "method_not_allowed")


def test_non_integer_path_id_is_an_envelope(org_a: OrgWithPeople, api_client_for) -> None:
    response = api_client_for(org_a.owner).get("/api/v1/organizations/abc")
    assert response.status_code in {404, 422}
    assert set(response.json()) == {"message", "code", "extra"}


# -- docs ---------------------------------------------------------------------------------------


def test_openapi_docs(client: Client) -> None:
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert "swagger-ui" in docs.content.decode()
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/organizations/{organization_id}/members" in schema["paths"]
    assert schema["components"]["securitySchemes"]


def test_tokens_made_by_factory_work(org_a: OrgWithPeople) -> None:
    ApiTokenFactory(organization=org_a.organization, user=org_a.owner.user, raw="trc_abcd1234_zz")
    response = Client().get("/api/v1/me", HTTP_AUTHORIZATION="Bearer trc_abcd1234_zz")
    assert response.status_code == 200


def test_a_nul_in_the_repositories_search_matches_nothing_and_breaks_nothing(
    org_a: OrgWithPeople, api_client_for, client_for
) -> None:
    """PostgreSQL refuses NUL in a query (found by the API fuzzer on a fresh clone): nothing
    stored holds one, as the findings' text filters already say."""
    response = api_client_for(org_a.member).get("/api/v1/repositories?q=a%00b")
    assert response.status_code == 200, response.content
    assert response.json()["items"] == []
    assert client_for(org_a.member).get("/repositories/?q=a%00b").status_code == 200
