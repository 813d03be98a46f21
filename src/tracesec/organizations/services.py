"""Writes for organizations, memberships and invitations (keyword-only, atomic, audited)."""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from tracesec.accounts.emails import email_normalize
from tracesec.accounts.models import User
from tracesec.accounts.services import user_create
from tracesec.audit.models import AuditAction
from tracesec.audit.services import audit_record
from tracesec.common.errors import ApplicationError, PermissionDeniedError
from tracesec.organizations.access import require_role
from tracesec.organizations.models import (
    PR_GATE_ENGINES,
    PR_GATE_OFF,
    PR_GATE_SEVERITIES,
    Invitation,
    Membership,
    Organization,
    Role,
)

logger = logging.getLogger(__name__)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:50] or "org"
    slug = base
    while Organization.objects.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    return slug


def organization_create(
    *, name: str, owner: User, request: HttpRequest | None = None
) -> Organization:
    name = name.strip()
    if not name:
        raise ApplicationError("Give the organization a name.", code="invalid_name")
    if len(name) > 100:
        raise ApplicationError(
            "Organization names are at most 100 characters.", code="invalid_name"
        )
    with transaction.atomic():
        organization = Organization.objects.create(name=name, slug=_unique_slug(name))
        Membership.objects.create(organization=organization, user=owner, role=Role.OWNER)
        audit_record(
            action=AuditAction.ORGANIZATION_CREATED,
            organization=organization,
            actor=owner,
            target=organization,
            request=request,
        )
    return organization


def account_signup(
    *,
    email: str,
    password: str,
    organization_name: str,
    full_name: str = "",
    request: HttpRequest | None = None,
) -> tuple[User, Organization]:
    """Sign up: a user plus their first organization, all or nothing."""
    if not organization_name.strip():
        raise ApplicationError("Give your organization a name.", code="invalid_name")
    with transaction.atomic():
        user = user_create(email=email, password=password, full_name=full_name)
        organization = organization_create(name=organization_name, owner=user, request=request)
    return user, organization


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_url(token: str) -> str:
    return f"{settings.BASE_URL}{reverse('dashboard:invitation', args=[token])}"


def invitation_create(
    *, actor: Membership, email: str, role: str, request: HttpRequest | None = None
) -> tuple[Invitation, str]:
    """Invite `email` with `role`. Returns the invitation and the raw token (for the link only)."""
    require_role(actor, Role.ADMIN)
    email = email_normalize(email)
    try:
        validate_email(email)
    except ValidationError as exc:
        raise ApplicationError("Enter a valid email address.", code="invalid_email") from exc
    if role not in Role.values:
        raise ApplicationError("Choose a valid role.", code="invalid_role")
    if role == Role.OWNER and actor.role != Role.OWNER:
        raise PermissionDeniedError("Only owners can invite owners.")
    if Membership.objects.filter(
        organization_id=actor.organization_id, user__email__iexact=email
    ).exists():
        raise ApplicationError(
            "This person is already a member.", code="already_member", status_code=409
        )
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        # One live invitation per address: a new one replaces older pending ones.
        Invitation.objects.filter(
            organization_id=actor.organization_id,
            email__iexact=email,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
        ).update(revoked_at=timezone.now())
        invitation = Invitation.objects.create(
            organization_id=actor.organization_id,
            email=email,
            role=role,
            token_hash=_token_hash(token),
            invited_by=actor.user,
            expires_at=timezone.now() + timedelta(days=settings.INVITATION_TTL_DAYS),
        )
        audit_record(
            action=AuditAction.MEMBER_INVITED,
            organization=actor.organization,
            actor=actor.user,
            target=invitation,
            target_label=email,
            data={"role": role},
            request=request,
        )
        link = invitation_url(token)
        org_name = actor.organization.name
        transaction.on_commit(
            lambda: send_mail(
                subject=f"You are invited to {org_name} on Trace",
                message=(
                    f"{actor.user.email} invited you to join {org_name} on Trace as {role}.\n\n"
                    f"Accept the invitation: {link}\n\n"
                    f"The link expires in {settings.INVITATION_TTL_DAYS} days."
                ),
                from_email=None,
                recipient_list=[email],
                fail_silently=True,
            )
        )
    return invitation, token


def invitation_get_by_token(*, token: str) -> Invitation | None:
    """The invitation for a raw token, whatever its state (callers check `is_pending`)."""
    if not token or len(token) > 100:
        return None
    return (
        Invitation.objects.select_related("organization", "invited_by")
        .filter(token_hash=_token_hash(token))
        .first()
    )


def invitation_accept(*, token: str, user: User, request: HttpRequest | None = None) -> Membership:
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .select_related("organization")
            .filter(token_hash=_token_hash(token))
            .first()
        )
        if invitation is None:
            raise ApplicationError(
                "This invitation link is not valid.", code="invitation_invalid", status_code=404
            )
        if invitation.accepted_at is not None:
            raise ApplicationError(
                "This invitation has already been used.", code="invitation_used", status_code=410
            )
        if invitation.revoked_at is not None or invitation.expires_at <= timezone.now():
            raise ApplicationError(
                "This invitation has expired. Ask an admin for a new one.",
                code="invitation_expired",
                status_code=410,
            )
        if invitation.email.lower() != user.email.lower():
            raise ApplicationError(
                f"This invitation is for {invitation.email}. Sign in with that address.",
                code="invitation_wrong_user",
                status_code=403,
            )
        membership, created = Membership.objects.get_or_create(
            organization=invitation.organization, user=user, defaults={"role": invitation.role}
        )
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by", "updated_at"])
        if created:
            audit_record(
                action=AuditAction.MEMBER_JOINED,
                organization=invitation.organization,
                actor=user,
                target=membership,
                target_label=user.email,
                data={"role": membership.role, "invitation_id": invitation.pk},
                request=request,
            )
    return membership


def invitation_revoke(
    *, actor: Membership, invitation: Invitation, request: HttpRequest | None = None
) -> None:
    require_role(actor, Role.ADMIN)
    with transaction.atomic():
        updated = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if updated:
            audit_record(
                action=AuditAction.INVITATION_REVOKED,
                organization=actor.organization,
                actor=actor.user,
                target=invitation,
                target_label=invitation.email,
                request=request,
            )


def _lock_owners(organization_id: int) -> list[Membership]:
    # Locks the owner rows so two concurrent demotions cannot both pass the last-owner check.
    return list(
        Membership.objects.select_for_update().filter(
            organization_id=organization_id, role=Role.OWNER
        )
    )


def membership_role_change(
    *, actor: Membership, membership: Membership, role: str, request: HttpRequest | None = None
) -> Membership:
    require_role(actor, Role.ADMIN)
    if role not in Role.values:
        raise ApplicationError("Choose a valid role.", code="invalid_role")
    touches_owner = role == Role.OWNER or membership.role == Role.OWNER
    if touches_owner and actor.role != Role.OWNER:
        raise PermissionDeniedError("Only owners can grant or change the owner role.")
    with transaction.atomic():
        owners = _lock_owners(membership.organization_id)
        current = Membership.objects.select_for_update().get(pk=membership.pk)
        if current.role == role:
            return current
        if current.role == Role.OWNER and len(owners) <= 1:
            raise ApplicationError(
                "An organization needs at least one owner. Make someone else owner first.",
                code="last_owner",
                status_code=409,
            )
        previous = current.role
        current.role = role
        current.save(update_fields=["role", "updated_at"])
        audit_record(
            action=AuditAction.MEMBER_ROLE_CHANGED,
            organization=actor.organization,
            actor=actor.user,
            target=current,
            target_label=current.user.email,
            data={"from": previous, "to": role},
            request=request,
        )
    return current


def membership_remove(
    *, actor: Membership, membership: Membership, request: HttpRequest | None = None
) -> None:
    """Remove a member (admins), or leave (anyone, for their own membership)."""
    leaving = membership.pk == actor.pk
    if not leaving:
        require_role(actor, Role.ADMIN)
        if membership.role == Role.OWNER and actor.role != Role.OWNER:
            raise PermissionDeniedError("Only owners can remove an owner.")
    with transaction.atomic():
        owners = _lock_owners(membership.organization_id)
        current = (
            Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
        )
        if current.role == Role.OWNER and len(owners) <= 1:
            raise ApplicationError(
                "You cannot remove the last owner. Make someone else owner first.",
                code="last_owner",
                status_code=409,
            )
        email = current.user.email
        data: dict[str, Any] = {"role": current.role, "left": leaving}
        current.delete()
        audit_record(
            action=AuditAction.MEMBER_REMOVED,
            organization=actor.organization,
            actor=actor.user,
            target_label=email,
            data=data,
            request=request,
        )


def _audit_setting(
    action: str,
    actor: Membership,
    organization: Organization,
    data: dict[str, Any],
    request: HttpRequest | None,
) -> None:
    """One audit row for a change to an organization's settings."""
    audit_record(
        action=action,
        organization=organization,
        actor=actor.user,
        target=organization,
        target_label=organization.name,
        data=data,
        request=request,
    )


SLA_SEVERITIES = ("critical", "high", "medium", "low")


def organization_sla_update(
    *, actor: Membership, days: dict[str, int], request: HttpRequest | None = None
) -> Organization:
    """Sets the days to fix per severity (admins only); audited with the old and new values."""
    require_role(actor, Role.ADMIN)
    organization = actor.organization
    before = {s: getattr(organization, f"sla_{s}_days") for s in SLA_SEVERITIES}
    after = {s: int(days[s]) for s in SLA_SEVERITIES}
    if any(not 1 <= value <= 3650 for value in after.values()):
        raise ApplicationError("Each deadline is 1 to 3650 days.", code="sla_days")
    with transaction.atomic():
        for severity, value in after.items():
            setattr(organization, f"sla_{severity}_days", value)
        organization.save(update_fields=[f"sla_{s}_days" for s in SLA_SEVERITIES])
        _audit_setting(
            AuditAction.ORGANIZATION_SLA_CHANGED,
            actor,
            organization,
            {"before": before, "after": after},
            request,
        )
    return organization


def organization_in_code_suppressions_update(
    *, actor: Membership, allow: bool, request: HttpRequest | None = None
) -> Organization:
    """Whether ``trace-ignore`` comments suppress findings in this organization's scans
    (admins only); audited with the old and new value, and only when it changes."""
    require_role(actor, Role.ADMIN)
    with transaction.atomic():
        organization = Organization.objects.select_for_update().get(pk=actor.organization_id)
        before = organization.allow_in_code_suppressions
        if before == allow:
            return organization
        organization.allow_in_code_suppressions = allow
        organization.save(update_fields=["allow_in_code_suppressions", "updated_at"])
        _audit_setting(
            AuditAction.ORGANIZATION_SUPPRESSIONS_CHANGED,
            actor,
            organization,
            {"allow_in_code_suppressions": {"before": before, "after": allow}},
            request,
        )
    return organization


def organization_pr_gate_update(
    *,
    actor: Membership,
    severity: str,
    engines: list[str],
    request: HttpRequest | None = None,
) -> Organization:
    """Sets the pull-request checks' gate (admins only); audited with the old and new values."""
    require_role(actor, Role.ADMIN)
    if severity not in (*PR_GATE_SEVERITIES, PR_GATE_OFF):
        raise ApplicationError("Choose a severity, or off.", code="pr_gate_severity")
    unknown = set(engines) - set(PR_GATE_ENGINES)
    if unknown:
        raise ApplicationError("Unknown engine in the gate.", code="pr_gate_engines")
    organization = actor.organization
    gating = [e for e in PR_GATE_ENGINES if e in engines]
    before = {"severity": organization.pr_gate_severity, "engines": organization.pr_gate_engines}
    after = {"severity": severity, "engines": gating}
    with transaction.atomic():
        organization.pr_gate_severity = severity
        organization.pr_gate_engines = gating
        organization.save(update_fields=["pr_gate_severity", "pr_gate_engines"])
        _audit_setting(
            AuditAction.ORGANIZATION_PR_GATE_CHANGED,
            actor,
            organization,
            {"before": before, "after": after},
            request,
        )
    return organization
