"""Reading schedules: the organization's (with its default), a repository's effective one,
and its next run."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tracesec.schedules.models import DEFAULT_HOUR, OrganizationSchedule, RepositorySchedule
from tracesec.schedules.timing import Frequency, Schedule


def organization_schedule(organization_id: int) -> Schedule:
    """Daily at 02:00-02:59 UTC until an admin changes it."""
    row = OrganizationSchedule.objects.filter(organization_id=organization_id).first()
    if row is None:
        return Schedule(Frequency.DAILY, hour=DEFAULT_HOUR)
    return Schedule(Frequency(row.frequency), hour=row.hour, weekday=row.weekday)


def effective_schedule(row: RepositorySchedule | None, org: Schedule) -> Schedule:
    if row is None or row.frequency == Frequency.INHERIT:
        return org
    return Schedule(Frequency(row.frequency), hour=row.hour, weekday=row.weekday)


def repository_schedule(repository_id: int) -> RepositorySchedule | None:
    return RepositorySchedule.objects.filter(repository_id=repository_id).first()


def next_run_for(repository_id: int) -> datetime | None:
    row = repository_schedule(repository_id)
    return row.next_run_at if row is not None else None


def repository_schedule_context(repository_id: int, organization_id: int) -> dict[str, Any]:
    """What the repository page shows: the effective schedule and the next run."""
    row = repository_schedule(repository_id)
    return {
        "schedule_row": row,
        "schedule_effective": effective_schedule(row, organization_schedule(organization_id)),
    }
