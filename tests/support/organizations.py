"""Fixtures for web tests: organizations A and B with members of every role, signed-in clients,
API clients with a bearer token.

    def test_x(org_a, client_for):
        client = client_for(org_a.admin)   # a Django test client signed in, current org = org A
    def test_y(org_a, api_client_for):
        api = api_client_for(org_a.member) # sends Authorization: Bearer <token for that member>
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from tests.factories import ApiTokenFactory, MembershipFactory, OrganizationFactory
from tracesec.organizations.middleware import SESSION_KEY
from tracesec.organizations.models import Membership, Organization, Role


@dataclass
class OrgWithPeople:
    organization: Organization
    owner: Membership
    admin: Membership
    member: Membership
    viewer: Membership


def _org(name: str) -> OrgWithPeople:
    organization = OrganizationFactory(name=name)
    return OrgWithPeople(
        organization=organization,
        owner=MembershipFactory(organization=organization, role=Role.OWNER),
        admin=MembershipFactory(organization=organization, role=Role.ADMIN),
        member=MembershipFactory(organization=organization, role=Role.MEMBER),
        viewer=MembershipFactory(organization=organization, role=Role.VIEWER),
    )


@pytest.fixture
def org_a(db: Any) -> OrgWithPeople:
    return _org("Org A")


@pytest.fixture
def org_b(db: Any) -> OrgWithPeople:
    return _org("Org B")


@pytest.fixture
def client_for() -> Callable[[Membership], Client]:
    """A client signed in as `membership.user` with `membership.organization` current."""

    def make(membership: Membership) -> Client:
        client = Client()
        client.force_login(membership.user)
        session = client.session
        session[SESSION_KEY] = membership.organization_id
        session.save()
        return client

    return make


class ApiClient(Client):
    def __init__(self, raw_token: str, **kwargs: Any) -> None:
        super().__init__(headers={"Authorization": f"Bearer {raw_token}"}, **kwargs)
        self.raw_token = raw_token


@pytest.fixture
def api_client_for() -> Callable[[Membership], ApiClient]:
    def make(membership: Membership) -> ApiClient:
        raw = f"trc_{secrets.token_hex(4)}_{secrets.token_urlsafe(32)}"
        ApiTokenFactory(
            organization=membership.organization,
            user=membership.user,
            prefix=raw[4:12],
            raw=raw,
        )
        return ApiClient(raw)

    return make
