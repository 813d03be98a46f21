"""Web fixtures shared with the foundation's tests (orgs A/B with every role, signed-in clients)."""

from tests.web.conftest import api_client_for, client_for, org_a, org_b  # noqa: F401
