"""A repository known to Trace. Identity is the provider's immutable UUID, so renames and
transfers keep findings and history; repositories that disappear are *removed*, not deleted."""

from __future__ import annotations

from django.db import models

from tracesec.common.models import BaseModel


class RepositoryStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    REMOVED = "removed", "Removed"


class Repository(BaseModel):
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="repositories"
    )
    connection = models.ForeignKey(
        "integrations.Connection",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="repositories",
    )
    provider = models.CharField(max_length=20)
    external_uuid = models.CharField(max_length=64)  # bare UUID
    full_name = models.CharField(max_length=300)
    slug = models.CharField(max_length=200, blank=True)
    name = models.CharField(max_length=200, blank=True)
    default_branch = models.CharField(max_length=255, blank=True)
    language = models.CharField(max_length=60, blank=True)
    is_private = models.BooleanField(default=True)
    status = models.CharField(
        max_length=10, choices=RepositoryStatus.choices, default=RepositoryStatus.ACTIVE
    )
    removed_at = models.DateTimeField(null=True, blank=True)
    last_seen_at = models.DateTimeField(null=True, blank=True)
    # Secrets in git history: every scan also scans history when opted in (the first scan
    # always does); only commits after the last history-scanned one are read again.
    scan_history_secrets = models.BooleanField(default=False)
    history_scanned_commit = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "provider", "external_uuid"], name="repository_unique"
            )
        ]
        ordering = ("full_name", "id")
        verbose_name_plural = "repositories"

    def __str__(self) -> str:
        return self.full_name

    @property
    def is_removed(self) -> bool:
        return self.status == RepositoryStatus.REMOVED
