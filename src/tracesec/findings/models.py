"""Findings tracked across scans by fingerprint, their triage history and comments."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tracesec.common.models import BaseModel
from tracesec.findings.lifecycle import FindingStatus


class Status(models.TextChoices):
    OPEN = FindingStatus.OPEN.value, "Open"
    IGNORED = FindingStatus.IGNORED.value, "Ignored"
    FIXED = FindingStatus.FIXED.value, "Fixed"


class EngineChoice(models.TextChoices):
    SAST = "sast", "SAST"
    SCA = "sca", "SCA"
    SECRETS = "secrets", "Secrets"


class SeverityChoice(models.TextChoices):
    CRITICAL = "critical", "Critical"
    HIGH = "high", "High"
    MEDIUM = "medium", "Medium"
    LOW = "low", "Low"
    INFO = "info", "Info"


SEVERITY_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


class IgnoreReason(models.TextChoices):
    FALSE_POSITIVE = "false_positive", "False positive"
    ACCEPTED_RISK = "accepted_risk", "Accepted risk"
    USED_IN_TESTS = "used_in_tests", "Used in tests"
    WONT_FIX = "wont_fix", "Won't fix"


class IgnoreSource(models.TextChoices):
    CODE = "code", "in code"
    CONFIG = "config", "in .trace.yml"


class Finding(BaseModel):
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="findings"
    )
    repository = models.ForeignKey(
        "repositories.Repository", on_delete=models.CASCADE, related_name="findings"
    )
    engine = models.CharField(max_length=10, choices=EngineChoice.choices)
    rule_id = models.CharField(max_length=200)
    fingerprint = models.CharField(max_length=64)
    severity = models.CharField(max_length=10, choices=SeverityChoice.choices)
    severity_rank = models.PositiveSmallIntegerField(default=0)  # for sorting: 4 = critical
    confidence = models.CharField(max_length=10, blank=True)
    title = models.CharField(max_length=300)
    message = models.TextField(blank=True)
    path = models.CharField(max_length=1000)
    start_line = models.PositiveIntegerField(default=0)
    end_line = models.PositiveIntegerField(default=0)
    start_column = models.PositiveIntegerField(default=0)
    end_column = models.PositiveIntegerField(default=0)
    snippet = models.TextField(blank=True)  # secrets: masked by the engine, always
    # ",CWE-89,CWE-564," so a CWE filter is one indexed-free LIKE on both SQLite and PostgreSQL
    cwe = models.CharField(max_length=300, blank=True)
    owasp = models.CharField(max_length=300, blank=True)
    # SCA
    ecosystem = models.CharField(max_length=40, blank=True)
    package = models.CharField(max_length=300, blank=True)
    package_version = models.CharField(max_length=100, blank=True)
    fixed_version = models.CharField(max_length=100, blank=True)
    advisory_id = models.CharField(max_length=100, blank=True)
    aliases = models.CharField(max_length=500, blank=True)  # ",CVE-...,PYSEC-...,"
    extra = models.JSONField(default=dict, blank=True)
    # lifecycle
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    first_seen_scan = models.ForeignKey(
        "scans.Scan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_seen_scan = models.ForeignKey(
        "scans.Scan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    fixed_in_scan = models.ForeignKey(
        "scans.Scan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    first_seen_at = models.DateTimeField()
    last_seen_at = models.DateTimeField()
    fixed_at = models.DateTimeField(null=True, blank=True)
    # triage: kept after an ignored finding is fixed, so it comes back ignored (lifecycle.py)
    ignore_reason = models.CharField(max_length=20, choices=IgnoreReason.choices, blank=True)
    ignore_expires_at = models.DateTimeField(null=True, blank=True)
    ignored_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # who is to fix it: a member of the organization (services.finding_assign checks)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    ignored_at = models.DateTimeField(null=True, blank=True)
    # an ignore that lives in the repository (repository_suppressions.py): "code" for a
    # trace-ignore comment, "config" for .trace.yml; empty for the dashboard's own triage
    ignore_source = models.CharField(max_length=10, choices=IgnoreSource.choices, blank=True)
    ignore_note = models.TextField(blank=True)  # where it is and the reason it gives
    ignore_author = models.CharField(max_length=200, blank=True)
    history_only = models.BooleanField(default=False)  # secret seen only in git history
    # lower-cased title, path, rule, package, advisory: one column for the text search
    # (trigram-indexed on PostgreSQL, see migration 0003)
    search_text = models.TextField(blank=True)
    # digest of the displayed content: re-scans rewrite only rows whose content changed
    content_digest = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ("-severity_rank", "-id")
        constraints = [
            models.UniqueConstraint(
                fields=["repository", "fingerprint"], name="finding_unique_fingerprint"
            ),
        ]
        # The list sorts by (-severity_rank, -id): "ORDER BY ... LIMIT 50" reads 50 index entries.
        # last_seen_at is deliberately in no index: every re-scan rewrites it on every finding
        # it sees, and keeping it out of indexes lets PostgreSQL do those as HOT updates.
        indexes = [
            models.Index(
                fields=["organization", "status", "-severity_rank", "-id"],
                name="finding_org_status_sev3",
            ),
            models.Index(
                fields=["organization", "-severity_rank", "-id"],
                name="finding_org_sev2",
            ),
            models.Index(
                fields=["organization", "engine", "status", "-severity_rank", "-id"],
                name="finding_org_engine3",
            ),
            models.Index(
                fields=["repository", "status", "-severity_rank", "-id"],
                name="finding_repo_status3",
            ),
            models.Index(fields=["organization", "rule_id"], name="finding_org_rule"),
            models.Index(fields=["organization", "package"], name="finding_org_package"),
            models.Index(fields=["organization", "path"], name="finding_org_path"),
            models.Index(
                fields=["organization", "-first_seen_at", "-id"], name="finding_org_first2"
            ),
            models.Index(fields=["organization", "-fixed_at"], name="finding_org_fixed"),
            # The filter bar's counts (facets.py) group by these columns under the same
            # filters: holding them all lets PostgreSQL count from the index alone (an
            # index-only scan) instead of reading every matching row of the wide table.
            models.Index(
                fields=[
                    "organization",
                    "status",
                    "severity",
                    "engine",
                    "repository",
                    "assignee",
                    "first_seen_at",
                    "rule_id",
                ],
                name="finding_facets",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.engine}:{self.rule_id} in {self.path}"

    @property
    def cwe_list(self) -> list[str]:
        return [c for c in self.cwe.split(",") if c]

    @property
    def owasp_list(self) -> list[str]:
        return [c for c in self.owasp.split(",") if c]

    @property
    def alias_list(self) -> list[str]:
        return [c for c in self.aliases.split(",") if c]

    @property
    def full_title(self) -> str:
        """The title without the column's 300-character cut: an SCA finding keeps its advisory
        summary whole in ``extra`` (the engine titles it "package version: summary")."""
        summary = (self.extra or {}).get("summary")
        if self.engine == EngineChoice.SCA and summary and self.package:
            return f"{self.package} {self.package_version}: {summary}"
        return self.title


class TriageAction(models.TextChoices):
    IGNORED = "ignored", "Ignored"
    REOPENED = "reopened", "Reopened"
    COMMENTED = "commented", "Commented"
    # system events written when a scan is recorded (actor is null); "first detected" is
    # not stored per finding: it is the finding's first_seen_scan
    FIXED = "fixed", "Fixed"
    SCAN_REOPENED = "scan_reopened", "Detected again"
    RETURNED_IGNORED = "returned_ignored", "Detected again (still ignored)"
    IGNORE_EXPIRED = "ignore_expired", "Ignore expired"


class TriageEvent(models.Model):
    """One line of a finding's history: who (or which scan) changed what, and why."""

    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="events")
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    scan = models.ForeignKey(
        "scans.Scan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    action = models.CharField(max_length=20, choices=TriageAction.choices)
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10, blank=True)
    reason = models.CharField(max_length=20, blank=True)
    comment = models.TextField(blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [models.Index(fields=["finding", "-created_at"], name="triage_finding_recent")]

    def __str__(self) -> str:
        return f"{self.action} on finding {self.finding_id}"

    @property
    def reason_label(self) -> str:
        if self.reason in IgnoreReason.values:
            return str(IgnoreReason(self.reason).label)
        return self.reason


class FindingComment(BaseModel):
    finding = models.ForeignKey(Finding, on_delete=models.CASCADE, related_name="comments")
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    body = models.TextField()

    class Meta:
        ordering = ("created_at", "id")

    def __str__(self) -> str:
        return f"comment {self.pk} on finding {self.finding_id}"


class SavedView(BaseModel):
    """A named Findings list query one member keeps for themself in one organization."""

    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=80)
    query = models.CharField(max_length=2000, blank=True)  # FindingFilters.to_query(page=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "user", "name"], name="saved_view_unique_name"
            )
        ]
