"""Security-relevant events. Append-only: no service updates or deletes them."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditAction:
    """Known action names. Plain strings (no DB choices) so later apps add theirs freely,
    named `<area>.<verb>` (e.g. `integration.connected`)."""

    SIGNIN = "auth.signin"
    SIGNIN_FAILED = "auth.signin_failed"
    PASSWORD_RESET = "auth.password_reset"  # noqa: S105 (an action name)
    ORGANIZATION_CREATED = "organization.created"
    ORGANIZATION_SLA_CHANGED = "organization.sla_changed"
    ORGANIZATION_SUPPRESSIONS_CHANGED = "organization.suppressions_changed"
    ORGANIZATION_PR_GATE_CHANGED = "organization.pr_gate_changed"
    MEMBER_INVITED = "member.invited"
    INVITATION_REVOKED = "member.invitation_revoked"
    MEMBER_JOINED = "member.joined"
    MEMBER_ROLE_CHANGED = "member.role_changed"
    MEMBER_REMOVED = "member.removed"
    TOKEN_CREATED = "api_token.created"  # noqa: S105
    TOKEN_REVOKED = "api_token.revoked"  # noqa: S105


class AuditEvent(models.Model):
    organization = models.ForeignKey(
        "organizations.Organization",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="audit_events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Kept even if the actor is deleted later, so the log stays readable.
    actor_email = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=64, db_index=True)
    target_type = models.CharField(max_length=64, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["organization", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_email or 'system'}"
