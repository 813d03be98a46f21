"""Shared model base and the rate-limit ledger."""

from __future__ import annotations

from django.db import models


class BaseModel(models.Model):
    """Every Trace model has creation and update timestamps."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class RateLimitEvent(models.Model):
    """One counted attempt for a rate-limit key (e.g. a failed sign-in for an email hash).

    Stored in the database, not a per-process cache, so limits hold across gunicorn workers.
    Keys never contain a secret or a raw email: callers hash identifying parts.
    """

    key = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["key", "created_at"])]

    def __str__(self) -> str:
        return f"{self.key} @ {self.created_at}"
