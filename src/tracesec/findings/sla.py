"""Deadlines for fixing findings: per-severity days in the organization's settings, counted
from when the finding was first seen (rules in docs/sla.md). Due dates are computed, not
stored, so a changed SLA applies to every finding at once and a reopened finding keeps the
deadline it always had."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet

from tracesec.findings.models import Finding, Status
from tracesec.organizations.models import Organization

DUE_SOON = timedelta(days=7)
DUE_FILTERS = ("overdue", "soon")


def sla_days(organization: Organization) -> dict[str, int]:
    """Days to fix per severity; info findings have no deadline."""
    return {
        "critical": organization.sla_critical_days,
        "high": organization.sla_high_days,
        "medium": organization.sla_medium_days,
        "low": organization.sla_low_days,
    }


def due_at(finding: Any, days: dict[str, int]) -> datetime | None:
    """When the finding is due (None: info, or not first seen yet)."""
    if finding.severity not in days or not finding.first_seen_at:
        return None
    return finding.first_seen_at + timedelta(days=days[finding.severity])


def _first_seen_before(days: dict[str, int], moment: datetime) -> Q:
    """Findings whose deadline is before ``moment``."""
    condition = Q(pk__in=[])
    for severity, limit in days.items():
        condition |= Q(severity=severity, first_seen_at__lt=moment - timedelta(days=limit))
    return condition


def due_condition(days: dict[str, int], due: str, now: datetime) -> Q:
    """Open findings past their deadline ("overdue") or reaching it within a week ("soon")."""
    if due == "overdue":
        return Q(status=Status.OPEN) & _first_seen_before(days, now)
    if due == "soon":
        return (
            Q(status=Status.OPEN)
            & _first_seen_before(days, now + DUE_SOON)
            & ~_first_seen_before(days, now)
        )
    raise ValueError(f"unknown deadline filter {due!r}")


def filter_due(
    qs: QuerySet[Finding], days: dict[str, int], dues: tuple[str, ...], now: datetime
) -> QuerySet[Finding]:
    """Findings in any of the deadline states ``dues`` (see ``due_condition``)."""
    condition = Q(pk__in=[])
    for due in dues:
        condition |= due_condition(days, due, now)
    return qs.filter(condition) if dues else qs


@dataclass(frozen=True)
class FixStats:
    severity: str
    fixed: int  # fixed in the window
    mean_days: float | None  # mean time from first seen to fixed
    on_time: int  # fixed before their due date


def fix_stats(organization: Organization, now: datetime, window_days: int = 90) -> list[FixStats]:
    """Per severity, over the findings fixed in the last ``window_days``: how many, the mean
    time to fix, and how many were fixed within the SLA (the Overview's compliance)."""
    days = sla_days(organization)
    rows = Finding.objects.filter(
        organization=organization,
        status=Status.FIXED,
        fixed_at__gte=now - timedelta(days=window_days),
        first_seen_at__isnull=False,
    ).values_list("severity", "first_seen_at", "fixed_at")
    spans: dict[str, list[timedelta]] = {severity: [] for severity in days}
    for severity, first_seen, fixed in rows:
        if severity in spans and fixed is not None:
            spans[severity].append(fixed - first_seen)
    stats = []
    for severity, found in spans.items():
        limit = timedelta(days=days[severity])
        mean = sum(found, timedelta()) / len(found) if found else None
        stats.append(
            FixStats(
                severity=severity,
                fixed=len(found),
                mean_days=round(mean.total_seconds() / 86400, 1) if mean is not None else None,
                on_time=sum(1 for span in found if span <= limit),
            )
        )
    return stats


@dataclass(frozen=True)
class OpenCompliance:
    """Open findings that have a deadline, and how many of them are not past it."""

    with_deadline: int
    within: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.within / self.with_deadline) if self.with_deadline else None


def open_compliance(organization: Organization, now: datetime) -> OpenCompliance:
    """SLA compliance of the open findings now: the share not overdue (info has no deadline)."""
    days = sla_days(organization)
    open_qs = Finding.objects.filter(
        organization=organization, status=Status.OPEN, severity__in=list(days)
    )
    counts = open_qs.aggregate(
        total=Count("id"), overdue=Count("id", filter=_first_seen_before(days, now))
    )
    return OpenCompliance(with_deadline=counts["total"], within=counts["total"] - counts["overdue"])
