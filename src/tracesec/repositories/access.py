"""Tenant gate for repositories (same shape as `organizations.access`)."""

from __future__ import annotations

from tracesec.common.errors import NotFoundError
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role
from tracesec.repositories.models import Repository


def access_repository_by_id(
    actor: Membership, repository_id: int, *, minimum_role: str = Role.VIEWER
) -> Repository:
    repository = (
        Repository.objects.select_related("connection")
        .filter(
            organization_id=actor.organization_id,
            pk=repository_id,
        )
        .first()
    )
    if repository is None:
        raise NotFoundError("Repository not found.")
    require_role(actor, minimum_role)
    return repository
