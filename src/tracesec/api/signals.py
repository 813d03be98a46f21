"""API tokens end with the membership they were issued under.

A token belongs to one user in one organization. If it only stopped working while the user was
out of the organization, re-adding the user would bring every old token back to life, so the
tokens are revoked when the membership row goes, by whatever path (leaving, removal, admin).
"""

from __future__ import annotations

import logging
from typing import Any

from django.db.models.signals import post_delete
from django.utils import timezone

from tracesec.api.models import ApiToken
from tracesec.organizations.models import Membership

logger = logging.getLogger(__name__)


def revoke_tokens_of_ended_membership(*, membership: Membership) -> int:
    """Revoke the user's live tokens for the membership's organization; returns how many."""
    revoked = ApiToken.objects.filter(
        organization_id=membership.organization_id,
        user_id=membership.user_id,
        revoked_at__isnull=True,
    ).update(revoked_at=timezone.now())
    if revoked:
        logger.info(
            "api_token.revoked_with_membership",
            extra={"organization_id": membership.organization_id, "revoked": revoked},
        )
    return revoked


def _on_membership_deleted(sender: type[Membership], instance: Membership, **kwargs: Any) -> None:
    revoke_tokens_of_ended_membership(membership=instance)


def connect() -> None:
    post_delete.connect(
        _on_membership_deleted, sender=Membership, dispatch_uid="api.revoke_tokens_on_leave"
    )
