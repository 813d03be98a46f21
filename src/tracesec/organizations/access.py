"""The tenant gate. Views and API endpoints obtain organization-scoped objects only here.

Conventions (Zulip `access_stream_by_id`):
  * Organization first, one condition per line.
  * "Does not exist" and "belongs to another organization" raise the same `NotFoundError`
    (rendered as 404), so nobody learns that another tenant's object exists.
  * Role checks come after the object is known to be in the actor's organization; they raise
    `PermissionDeniedError` (403), which reveals nothing about other tenants.

`actor` is the acting user's `Membership` in the current organization (`request.membership`
in the dashboard, `request.auth.membership` in the API). Later apps add their own
`access_<thing>_by_id(actor, thing_id)` in their own `access.py` following the same shape.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser

from tracesec.common.errors import NotFoundError, PermissionDeniedError
from tracesec.organizations.models import Invitation, Membership, Role, role_at_least


def require_role(actor: Membership, minimum: str) -> None:
    """Raise `PermissionDeniedError` unless `actor` has at least `minimum` (a `Role`)."""
    if not role_at_least(actor.role, minimum):
        raise PermissionDeniedError()


def access_organization_by_id(
    user: AbstractBaseUser | AnonymousUser, organization_id: int
) -> Membership:
    """The user's membership in organization `organization_id`, or NotFoundError."""
    if not user.is_authenticated:
        raise NotFoundError("Organization not found.")
    membership = (
        Membership.objects.select_related("organization", "user")
        .filter(
            organization_id=organization_id,
            user_id=user.pk,
            user__is_active=True,
        )
        .first()
    )
    if membership is None:
        raise NotFoundError("Organization not found.")
    return membership


def access_membership_by_id(
    actor: Membership, membership_id: int, *, minimum_role: str = Role.VIEWER
) -> Membership:
    """A membership of the actor's organization, or NotFoundError."""
    membership = (
        Membership.objects.select_related("user", "organization")
        .filter(
            organization_id=actor.organization_id,
            pk=membership_id,
        )
        .first()
    )
    if membership is None:
        raise NotFoundError("Member not found.")
    require_role(actor, minimum_role)
    return membership


def access_invitation_by_id(
    actor: Membership, invitation_id: int, *, minimum_role: str = Role.ADMIN
) -> Invitation:
    invitation = Invitation.objects.filter(
        organization_id=actor.organization_id,
        pk=invitation_id,
    ).first()
    if invitation is None:
        raise NotFoundError("Invitation not found.")
    require_role(actor, minimum_role)
    return invitation
