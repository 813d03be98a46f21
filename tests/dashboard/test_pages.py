"""Dashboard pages: access rules, empty states, organization switching, CSP, no inline script."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests.factories import MembershipFactory, UserFactory
from tests.support.organizations import OrgWithPeople
from tracesec.audit.services import audit_record
from tracesec.organizations.middleware import SESSION_KEY

pytestmark = pytest.mark.django_db

PAGES = [
    "/",
    "/repositories/",
    "/findings/",
    "/settings/integrations/",
    "/settings/members/",
    "/settings/api-tokens/",
]


@pytest.mark.parametrize("path", [*PAGES, "/settings/audit-log/"])
def test_anonymous_is_sent_to_sign_in(path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/signin/?next=")


@pytest.mark.parametrize("path", PAGES)
def test_every_role_sees_the_pages(org_a: OrgWithPeople, client_for, path: str) -> None:
    for role in ("owner", "admin", "member", "viewer"):
        response = client_for(getattr(org_a, role)).get(path)
        assert response.status_code == 200, (role, path)
        assert "Org A" in response.content.decode()


@pytest.mark.parametrize(
    ("path", "hint"),
    [
        ("/", "Connect a Bitbucket workspace"),
        ("/repositories/", "Repositories appear here once a workspace is connected"),
    ],
)
def test_empty_states_tell_what_to_do_next(org_a: OrgWithPeople, client_for, path, hint) -> None:
    assert hint in client_for(org_a.member).get(path).content.decode()


def test_integrations_page_shows_every_registered_panel(org_a: OrgWithPeople, client_for) -> None:
    from tracesec.dashboard.navigation import INTEGRATION_PANELS

    body = client_for(org_a.admin).get("/settings/integrations/").content.decode()
    for panel in INTEGRATION_PANELS:
        assert f'id="integration-{panel.key}"' in body
        assert panel.title in body
    if not INTEGRATION_PANELS:
        assert "No integrations available yet" in body


def test_audit_log_is_for_admins(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for) -> None:
    audit_record(action="test.a", organization=org_a.organization, target_label="in-a")
    audit_record(action="test.b", organization=org_b.organization, target_label="in-b")
    assert client_for(org_a.member).get("/settings/audit-log/").status_code == 403
    assert client_for(org_a.viewer).get("/settings/audit-log/").status_code == 403
    body = client_for(org_a.admin).get("/settings/audit-log/").content.decode()
    assert "in-a" in body
    assert "in-b" not in body  # tenant gate


def test_audit_nav_link_hidden_from_members(org_a: OrgWithPeople, client_for) -> None:
    assert "Audit log" not in client_for(org_a.member).get("/").content.decode()
    assert "Audit log" in client_for(org_a.admin).get("/").content.decode()


def test_user_without_organization_is_asked_to_create_one() -> None:
    client = Client()
    client.force_login(UserFactory())
    response = client.get("/")
    assert response["Location"] == "/organizations/new/"
    response = client.post("/organizations/new/", {"name": "Fresh Org"}, follow=True)
    assert "Fresh Org" in response.content.decode()


def test_switch_organization(org_a: OrgWithPeople, org_b: OrgWithPeople, client_for) -> None:
    user = org_a.member.user
    MembershipFactory(user=user, organization=org_b.organization)
    client = client_for(org_a.member)
    body = client.get("/").content.decode()
    assert "<h1>Org A</h1>" in body
    assert "Org B" in body  # in the switcher
    client.post("/organizations/switch/", {"organization_id": org_b.organization.pk})
    assert "<h1>Org B</h1>" in client.get("/").content.decode()


def test_switch_to_foreign_organization_is_refused(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for
) -> None:
    client = client_for(org_a.member)
    response = client.post(
        "/organizations/switch/", {"organization_id": org_b.organization.pk}, follow=True
    )
    assert "not available to you" in response.content.decode()
    assert client.session[SESSION_KEY] == org_a.organization.pk
    assert "<h1>Org A</h1>" in client.get("/").content.decode()


def test_stale_session_org_falls_back_to_a_real_membership(
    org_a: OrgWithPeople, org_b: OrgWithPeople
) -> None:
    client = Client()
    client.force_login(org_a.member.user)
    session = client.session
    session[SESSION_KEY] = org_b.organization.pk  # not a member there
    session.save()
    body = client.get("/").content.decode()
    assert "<h1>Org A</h1>" in body


def test_security_headers(org_a: OrgWithPeople, client_for) -> None:
    response = client_for(org_a.member).get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path", [*PAGES, "/settings/audit-log/", "/signin/", "/signup/", "/password-reset/"]
)
def test_no_inline_script_or_handlers(org_a: OrgWithPeople, client_for, path: str) -> None:
    body = client_for(org_a.owner).get(path).content.decode()
    for tag in re.findall(r"<script\b[^>]*>", body):
        assert "src=" in tag, tag
    assert not re.search(r"\son[a-z]+\s*=", body)
    assert "style=" not in body


def test_static_assets_are_served(client: Client) -> None:
    for path in ("/static/vendor/htmx/htmx.min.js", "/static/dashboard/app.css"):
        response = client.get(path)
        assert response.status_code == 200, path


def test_unknown_page_is_a_friendly_404(client: Client) -> None:
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_healthz(client: Client) -> None:
    assert client.get("/healthz").content == b"ok"


@pytest.mark.parametrize("path", [*PAGES, "/settings/audit-log/"])
def test_no_page_shows_another_organizations_data(
    org_a: OrgWithPeople, org_b: OrgWithPeople, client_for, path: str
) -> None:
    from tests.factories import ApiTokenFactory, InvitationFactory

    InvitationFactory(organization=org_b.organization, email="secret-invitee@example.com")
    ApiTokenFactory(organization=org_b.organization, user=org_b.owner.user, name="b-token")
    audit_record(action="test.b", organization=org_b.organization, target_label="b-target")
    body = client_for(org_a.owner).get(path).content.decode()
    for leak in (
        "Org B",
        org_b.owner.user.email,
        org_b.member.user.email,
        "secret-invitee@example.com",
        "b-token",
        "b-target",
    ):
        assert leak not in body, (path, leak)


def test_audit_log_query_count_is_constant(org_a: OrgWithPeople, client_for) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(org_a.admin)
    audit_record(action="test.x", organization=org_a.organization, actor=org_a.owner.user)
    client.get("/settings/audit-log/")
    with CaptureQueriesContext(connection) as few:
        client.get("/settings/audit-log/")
    for _ in range(30):
        audit_record(action="test.x", organization=org_a.organization, actor=org_a.owner.user)
    with CaptureQueriesContext(connection) as many:
        client.get("/settings/audit-log/")
    assert len(few) == len(many)
