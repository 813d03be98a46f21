"""Tenant gate for connections (same shape as `organizations.access`)."""

from __future__ import annotations

from tracesec.common.errors import NotFoundError
from tracesec.integrations.models import Connection
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role


def access_connection_by_id(
    actor: Membership, connection_id: int, *, minimum_role: str = Role.VIEWER
) -> Connection:
    connection = Connection.objects.filter(
        organization_id=actor.organization_id,
        pk=connection_id,
    ).first()
    if connection is None:
        raise NotFoundError("Connection not found.")
    require_role(actor, minimum_role)
    return connection
