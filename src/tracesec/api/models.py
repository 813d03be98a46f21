"""Personal API tokens, bound to one user in one organization."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tracesec.common.models import BaseModel


class ApiToken(BaseModel):
    """The raw token (`trc_<prefix>_<secret>`) is shown once; only its SHA-256 is stored.

    `prefix` is a short public identifier shown in lists so users can tell tokens apart.
    """

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="api_tokens"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=16, unique=True)
    token_hash = models.CharField(max_length=64, unique=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"{self.name} (trc_{self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
