"""Organizations (tenants), memberships with roles, and email invitations."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from tracesec.common.models import BaseModel


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    ADMIN = "admin", "Admin"
    MEMBER = "member", "Member"
    VIEWER = "viewer", "Viewer"


# Higher rank = more rights. `role_at_least` compares ranks.
ROLE_RANK: dict[str, int] = {Role.VIEWER: 0, Role.MEMBER: 1, Role.ADMIN: 2, Role.OWNER: 3}


def role_at_least(role: str, minimum: str) -> bool:
    return ROLE_RANK[role] >= ROLE_RANK[minimum]


# The pull-request checks' gate: a severity (or "off") and the engines whose findings count.
PR_GATE_SEVERITIES = ("critical", "high", "medium", "low")
PR_GATE_OFF = "off"
PR_GATE_ENGINES = ("sast", "sca", "secrets")


def default_gate_engines() -> list[str]:
    return list(PR_GATE_ENGINES)


class Organization(BaseModel):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=60, unique=True)
    # days to fix an open finding, counted from when it was first seen (see docs/sla.md)
    sla_critical_days = models.PositiveSmallIntegerField(default=7)
    sla_high_days = models.PositiveSmallIntegerField(default=30)
    sla_medium_days = models.PositiveSmallIntegerField(default=90)
    sla_low_days = models.PositiveSmallIntegerField(default=180)
    # `trace-ignore` comments suppress findings in this organization's scans; when off, such
    # findings stay open with a note (only .trace.yml and dashboard triage suppress)
    allow_in_code_suppressions = models.BooleanField(default=True)
    # pull-request checks' gate (docs/github-app.md): a check fails when a new finding of a
    # gating engine is at or above this severity ("off": never fails); neutral otherwise
    pr_gate_severity = models.CharField(max_length=10, default="high")
    pr_gate_engines = models.JSONField(default=default_gate_engines)

    class Meta:
        ordering = ("name", "id")

    def __str__(self) -> str:
        return self.name


class Membership(BaseModel):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "user"], name="membership_unique")
        ]
        ordering = ("organization_id", "user__email")

    def __str__(self) -> str:
        return f"{self.user_id}@{self.organization_id}:{self.role}"

    def has_role(self, minimum: str) -> bool:
        return role_at_least(self.role, minimum)


class Invitation(BaseModel):
    """An emailed link. Only a SHA-256 of the 256-bit random token is stored."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"invitation {self.pk} to {self.organization_id}"

    @property
    def is_pending(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )
