"""Each repository's dependency inventory (from its latest scan) and the advisory updates
that re-matched the stored inventories."""

from __future__ import annotations

from django.db import models

from tracesec.common.models import BaseModel


class InventoryPackage(models.Model):
    """One package of a repository's latest scan: what an advisory update is matched against.

    Only the latest scan's inventory is kept (a scan replaces the repository's rows), so
    a re-match reads one row per package in use, not the history of every scan.
    """

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    repository = models.ForeignKey(
        "repositories.Repository", on_delete=models.CASCADE, related_name="inventory"
    )
    scan = models.ForeignKey("scans.Scan", on_delete=models.CASCADE, related_name="+")
    ecosystem = models.CharField(max_length=40)
    name = models.CharField(max_length=300)
    # the OSV index's spelling of the name: what an import's changed packages are keyed by
    normalized_name = models.CharField(max_length=300)
    version = models.CharField(max_length=100)
    manifest_path = models.CharField(max_length=1000)
    line = models.PositiveIntegerField(default=0)
    purl = models.CharField(max_length=500, blank=True)
    direct = models.BooleanField(null=True)
    dev = models.BooleanField(null=True)

    class Meta:
        indexes = [
            models.Index(fields=["ecosystem", "normalized_name"], name="inventory_eco_name"),
            models.Index(fields=["repository"], name="inventory_repository"),
        ]

    def __str__(self) -> str:
        return f"{self.ecosystem}:{self.name}@{self.version} ({self.manifest_path})"


class AdvisoryUpdateStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    DONE = "done", "Done"


class AdvisoryUpdate(BaseModel):
    """One OSV import's changed advisories, re-matched by a background task."""

    source = models.CharField(max_length=64)
    # [[ecosystem, normalized name, {advisory id: published}], ...]
    changed = models.JSONField(default=list)
    advisory_count = models.PositiveIntegerField(default=0)
    status = models.CharField(
        max_length=10, choices=AdvisoryUpdateStatus.choices, default=AdvisoryUpdateStatus.QUEUED
    )
    packages_checked = models.PositiveIntegerField(default=0)
    findings_opened = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.source}: {self.advisory_count} advisories ({self.status})"
