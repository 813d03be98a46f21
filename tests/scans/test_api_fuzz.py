"""Schemathesis against the whole `/api/v1/` OpenAPI spec (me, organizations, members,
repositories, scans, findings): no server errors and documented responses match their schemas,
whatever the (generated) input."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.factories import ApiTokenFactory, MembershipFactory, OrganizationFactory
from tests.support.builders import seed
from tracesec.config.wsgi import application
from tracesec.organizations.models import Role

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def keep_connection() -> Any:
    """Requests go through the real WSGI handler, which closes the database connection when a
    request ends; the test database lives in that connection (as Django's test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def bearer(db: Any, keep_connection: Any) -> str:
    org = OrganizationFactory()
    member = MembershipFactory(organization=org, role=Role.MEMBER)
    seed(org)
    raw = f"trc_{secrets.token_hex(4)}_{secrets.token_urlsafe(32)}"
    ApiTokenFactory(organization=org, user=member.user, prefix=raw[4:12], raw=raw)
    return raw


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_has_no_server_errors(case: Any, bearer: str) -> None:
    # Errors use the one envelope (400/401/403/404/422) and are not all listed per operation;
    # what must hold: no 5xx, and documented responses match their schema.
    case.call_and_validate(
        headers={"Authorization": f"Bearer {bearer}"},
        checks=[not_a_server_error, response_schema_conformance],
    )
