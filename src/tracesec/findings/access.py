"""Tenant gate for findings (same shape as `organizations.access`)."""

from __future__ import annotations

from tracesec.common.errors import NotFoundError
from tracesec.findings.models import Finding
from tracesec.organizations.access import require_role
from tracesec.organizations.models import Membership, Role, role_at_least


def access_finding_by_id(
    actor: Membership, finding_id: int, *, minimum_role: str = Role.VIEWER
) -> Finding:
    finding = (
        Finding.objects.select_related(
            "repository", "first_seen_scan", "last_seen_scan", "fixed_in_scan", "ignored_by"
        )
        .filter(
            organization_id=actor.organization_id,
            pk=finding_id,
        )
        .first()
    )
    if finding is None:
        raise NotFoundError("Finding not found.")
    require_role(actor, minimum_role)
    return finding


def can_triage(actor: Membership) -> bool:
    """Members and up may ignore, reopen and comment on findings."""
    return role_at_least(actor.role, Role.MEMBER)
