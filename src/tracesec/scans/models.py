"""A scan of one repository: its state, timings, per-engine coverage, counts and lease."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import models

from tracesec.common.models import BaseModel
from tracesec.scans.state import (
    ACTIVE_STATES,
    RUNNING_STATES,
    TERMINAL_STATES,
    ScanErrorCode,
    ScanState,
)

# One enum for the state machine and the column: `scans.state.ScanState`.
STATUS_CHOICES = [(state.value, state.label) for state in ScanState]
ACTIVE_VALUES = sorted(s.value for s in ACTIVE_STATES)
RUNNING_VALUES = sorted(s.value for s in RUNNING_STATES)
TERMINAL_VALUES = sorted(s.value for s in TERMINAL_STATES)


class ScanKind(models.TextChoices):
    """A scan of the default branch (its findings are the repository's findings), or a
    diff-aware scan of a pull request (its new findings live with the scan only)."""

    DEFAULT = "default", "Default branch"
    PULL_REQUEST = "pull_request", "Pull request"


class Scan(BaseModel):
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="scans"
    )
    repository = models.ForeignKey(
        "repositories.Repository", on_delete=models.CASCADE, related_name="scans"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        max_length=32,
        choices=[(s.value, s.label) for s in ScanState],
        default=ScanState.QUEUED,
        db_index=True,
    )
    kind = models.CharField(
        max_length=20, choices=ScanKind.choices, default=ScanKind.DEFAULT, db_index=True
    )
    # what was asked for
    engines_requested = models.JSONField(default=list)  # ["sast", "sca", "secrets"]
    history = models.BooleanField(default=False)  # secrets: also scan git history
    # what was scanned
    branch = models.CharField(max_length=255, blank=True)
    commit_sha = models.CharField(max_length=64, blank=True)
    # timings: when each phase started ({"cloning": iso, ...}) and durations in seconds
    phase_started_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    timings = models.JSONField(default=dict, blank=True)  # {"cloning": 1.2, "sast": 3.4, ...}
    # results: per-engine summaries (scans.coverage.EngineSummary) and outcome counts
    engines = models.JSONField(default=list, blank=True)
    # live engine progress while scanning: {"walk": "done", "sast": "running", ...}
    progress = models.JSONField(default=dict, blank=True)
    # files each engine has done while it runs: {"sast": {"done": 1234, "total": 5678}}
    files_progress = models.JSONField(default=dict, blank=True)
    counts = models.JSONField(default=dict, blank=True)  # {"new": 3, "fixed": 1, ...}
    # every package the SCA engine found (engines.formats.json.package_to_dict): the scan's
    # bill of materials, kept per scan so an SBOM of any completed scan can be downloaded
    inventory = models.JSONField(default=list, blank=True)
    # the repository's CODEOWNERS as it decides this scan's finding paths
    # (engines.codeowners.ownership): only the deciding rules and a rule index per path
    code_owners = models.JSONField(default=dict, blank=True)
    findings_count = models.PositiveIntegerField(default=0)
    new_count = models.PositiveIntegerField(default=0)
    fixed_count = models.PositiveIntegerField(default=0)
    # why it did not complete: a code plus a sentence safe to show (never exception text)
    error_code = models.CharField(max_length=40, blank=True)
    error_message = models.TextField(blank=True)
    # worker lease: a scan is owned by one worker at a time, renewed by heartbeats
    task_result_id = models.CharField(max_length=64, blank=True)
    lease_owner = models.CharField(max_length=100, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True, db_index=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ("-created_at", "-id")
        constraints = [
            # one active default-branch scan per repository; a second request returns the
            # active one (pull-request scans are de-duplicated per pull request instead)
            models.UniqueConstraint(
                fields=["repository"],
                condition=models.Q(status__in=ACTIVE_VALUES, kind=ScanKind.DEFAULT),
                name="scan_one_active_default_per_repository",
            ),
        ]
        indexes = [
            models.Index(fields=["repository", "-created_at"], name="scan_repo_recent"),
            models.Index(fields=["organization", "-created_at"], name="scan_org_recent"),
        ]

    def __str__(self) -> str:
        return f"scan {self.pk} of repository {self.repository_id} ({self.status})"

    @property
    def state(self) -> ScanState:
        return ScanState(self.status)

    @property
    def is_active(self) -> bool:
        return self.state.active

    @property
    def is_terminal(self) -> bool:
        return self.state.terminal

    @property
    def error(self) -> ScanErrorCode | None:
        return ScanErrorCode(self.error_code) if self.error_code else None

    def duration_seconds(self, now: datetime | None = None) -> float | None:
        if self.started_at is None:
            return None
        end = self.finished_at or now
        if end is None:
            return None
        return (end - self.started_at).total_seconds()

    @property
    def is_pull_request(self) -> bool:
        return self.kind == ScanKind.PULL_REQUEST

    def engine_summary(self, engine: str) -> dict[str, Any] | None:
        for summary in self.engines or []:
            if summary.get("engine") == engine:
                return dict(summary)
        return None


class ScanBatch(BaseModel):
    """One "scan all": the scans it queued, for one progress view (per organization or per
    connection). Repositories that already had an active scan are counted as skipped."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="scan_batches"
    )
    connection = models.ForeignKey(
        "integrations.Connection",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    scans = models.ManyToManyField(Scan, related_name="batches", blank=True)
    already_active = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return f"scan batch {self.pk} of organization {self.organization_id}"


class PullState(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"
    MERGED = "merged", "Merged"


class PullRequestScan(BaseModel):
    """What a pull-request scan is about, what it found new, and the check run it published.

    The new findings are kept here (masked, as the engines report them), never in
    ``findings.Finding``: a pull request's code is not the default branch's, and recording it
    there would open, change or close the repository's findings."""

    scan = models.OneToOneField(Scan, on_delete=models.CASCADE, related_name="pull_request")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=300, blank=True)
    html_url = models.URLField(max_length=500, blank=True)
    head_ref = models.CharField(max_length=255)
    head_sha = models.CharField(max_length=64)
    base_ref = models.CharField(max_length=255)
    base_sha = models.CharField(max_length=64)  # the base branch's tip when the event came
    merge_base_sha = models.CharField(max_length=64, blank=True)  # what "new" is measured from
    # the pull request's own state as GitHub last told it (every scan of it says the same)
    pull_state = models.CharField(max_length=10, choices=PullState.choices, default=PullState.OPEN)
    # the new findings after triage and suppressions (scans.pull_checks.finding_row), and how
    # many were left out because they are ignored in Trace or suppressed in the repository
    findings = models.JSONField(default=list, blank=True)
    ignored_count = models.PositiveIntegerField(default=0)
    suppressed_count = models.PositiveIntegerField(default=0)
    # the check run on the head commit (GitHub's id and page) and how it concluded
    check_run_id = models.BigIntegerField(null=True, blank=True)
    check_url = models.URLField(max_length=500, blank=True)
    check_conclusion = models.CharField(max_length=20, blank=True)
    check_error = models.CharField(max_length=300, blank=True)
    # The check run is open on GitHub (in progress) and must be completed once the scan ends.
    # Set when it is opened, so a worker that dies after recording the scan's result (which
    # ends the scan) leaves a durable to-do the reaper finishes (scans.pull_check_publish).
    check_pending = models.BooleanField(default=False)
    # who completes it: a claim, so the worker and any number of reapers publish once
    check_claimed_until = models.DateTimeField(null=True, blank=True)
    check_attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=["number", "head_sha"], name="prscan_number_head"),
            models.Index(
                fields=["check_pending"],
                condition=models.Q(check_pending=True),
                name="prscan_check_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"pull request #{self.number} scan {self.scan_id}"
