"""Scan schedules: one per organization (default: daily), an override per repository, and one
row per scheduled run (unique per repository and slot: the database's exactly-once guard)."""

from __future__ import annotations

from django.db import models

from tracesec.common.models import BaseModel
from tracesec.schedules.timing import Frequency

ORG_FREQUENCIES = [(f.value, f.value.capitalize()) for f in Frequency if f is not Frequency.INHERIT]
REPOSITORY_FREQUENCIES = [
    (Frequency.INHERIT.value, "Organization default"),
    *ORG_FREQUENCIES,
]
DEFAULT_HOUR = 2


class OrganizationSchedule(BaseModel):
    organization = models.OneToOneField(
        "organizations.Organization", on_delete=models.CASCADE, related_name="scan_schedule"
    )
    frequency = models.CharField(
        max_length=10, choices=ORG_FREQUENCIES, default=Frequency.DAILY.value
    )
    hour = models.PositiveSmallIntegerField(default=DEFAULT_HOUR)  # UTC
    weekday = models.PositiveSmallIntegerField(default=0)  # Monday; weekly only

    def __str__(self) -> str:
        return f"schedule of organization {self.organization_id}: {self.frequency}"


class RepositorySchedule(BaseModel):
    """The repository's override and its next run (the scheduler claims a run by moving
    ``next_run_at`` forward with a conditional UPDATE)."""

    repository = models.OneToOneField(
        "repositories.Repository", on_delete=models.CASCADE, related_name="scan_schedule"
    )
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    frequency = models.CharField(
        max_length=10, choices=REPOSITORY_FREQUENCIES, default=Frequency.INHERIT.value
    )
    hour = models.PositiveSmallIntegerField(default=DEFAULT_HOUR)
    weekday = models.PositiveSmallIntegerField(default=0)
    next_run_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self) -> str:
        return f"schedule of repository {self.repository_id}: {self.frequency}"


class ScheduledRun(BaseModel):
    repository = models.ForeignKey(
        "repositories.Repository", on_delete=models.CASCADE, related_name="+"
    )
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    slot = models.DateTimeField()  # the scheduled moment this run stands for
    scan = models.ForeignKey(
        "scans.Scan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # why no scan was queued: "already_active" (one was queued/running) or "not_scannable"
    outcome = models.CharField(max_length=20, default="queued")

    class Meta:
        ordering = ("-slot", "-id")
        constraints = [
            models.UniqueConstraint(fields=["repository", "slot"], name="scheduled_run_once"),
        ]

    def __str__(self) -> str:
        return f"scheduled run of repository {self.repository_id} at {self.slot:%Y-%m-%d %H:%M}"
