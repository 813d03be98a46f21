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
from hypothesis import HealthCheck, given, settings
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


# One test per operation, parametrized by its label. (schemathesis' own `schema.parametrize()`
# gives every operation's test the same node id, and pytest-xdist, which schedules by node id,
# would then run one of them.)
OPERATIONS = [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_api_has_no_server_errors(operation: Any, bearer: str) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def check(case: Any) -> None:
        # Errors use the one envelope (400/401/403/404/422) and are not all listed per
        # operation; what must hold: no 5xx, and documented responses match their schema.
        case.call_and_validate(
            headers={"Authorization": f"Bearer {bearer}"},
            checks=[not_a_server_error, response_schema_conformance],
        )

    check()


def test_every_operation_of_the_spec_is_fuzzed() -> None:
    assert len({operation.label for operation in OPERATIONS}) == len(OPERATIONS) >= 20
