"""Schedule services: set the organization's schedule or a repository's override, and the
scheduler's tick, which queues every due scan exactly once.

Exactly once, with any number of schedulers on any number of machines: a due repository is
claimed by a conditional UPDATE that moves ``next_run_at`` from the slot it read to the next
slot (``WHERE id = … AND next_run_at = <slot>``). Only one UPDATE can match; the others see
zero rows and move on. The claim, a ``ScheduledRun`` row (unique per repository and slot, a
second guard) and the scan request commit together, so a crash loses or doubles nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError, transaction
from django.http import HttpRequest

from tracesec.accounts.models import User
from tracesec.audit.services import audit_record
from tracesec.organizations.models import Organization
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.scans.batches import scannable_repositories
from tracesec.scans.services import scan_request
from tracesec.schedules.models import OrganizationSchedule, RepositorySchedule, ScheduledRun
from tracesec.schedules.selectors import effective_schedule, organization_schedule
from tracesec.schedules.timing import Frequency, Schedule, next_run_after

logger = logging.getLogger(__name__)

TICK_LIMIT = 1000  # due runs claimed per tick; the next tick takes the rest


class ScheduleAuditAction:
    ORGANIZATION_CHANGED = "schedule.organization_changed"
    REPOSITORY_CHANGED = "schedule.repository_changed"


def _recompute(rows: list[RepositorySchedule], org: Schedule, now: datetime) -> None:
    for row in rows:
        row.next_run_at = next_run_after(effective_schedule(row, org), now, row.repository_id)
    RepositorySchedule.objects.bulk_update(rows, ["next_run_at", "updated_at"], batch_size=500)


def schedules_ensure(now: datetime, organization: Organization | None = None) -> int:
    """Give every active repository without one a schedule row (inheriting); returns how many."""
    missing = Repository.objects.filter(
        status=RepositoryStatus.ACTIVE, scan_schedule__isnull=True
    ).values_list("pk", "organization_id")
    if organization is not None:
        missing = missing.filter(organization=organization)
    rows = [
        RepositorySchedule(repository_id=repo_id, organization_id=org_id)
        for repo_id, org_id in missing
    ]
    if not rows:
        return 0
    by_org: dict[int, Schedule] = {}
    for row in rows:
        if row.organization_id not in by_org:
            by_org[row.organization_id] = organization_schedule(row.organization_id)
        row.next_run_at = next_run_after(by_org[row.organization_id], now, row.repository_id)
    RepositorySchedule.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
    return len(rows)


def schedule_set_organization(
    *,
    organization: Organization,
    frequency: Frequency,
    hour: int,
    weekday: int,
    actor: User | None,
    now: datetime,
    request: HttpRequest | None = None,
) -> Schedule:
    if frequency is Frequency.INHERIT:
        raise ValueError("an organization's schedule cannot inherit")
    schedule = Schedule(frequency, hour=hour, weekday=weekday)  # validates
    with transaction.atomic():
        OrganizationSchedule.objects.update_or_create(
            organization=organization,
            defaults={"frequency": frequency.value, "hour": hour, "weekday": weekday},
        )
        schedules_ensure(now, organization)
        rows = list(
            RepositorySchedule.objects.select_for_update().filter(
                organization=organization, frequency=Frequency.INHERIT
            )
        )
        _recompute(rows, schedule, now)
        audit_record(
            action=ScheduleAuditAction.ORGANIZATION_CHANGED,
            organization=organization,
            actor=actor,
            target=organization,
            target_label="scan schedule",
            data={"frequency": frequency.value, "hour": hour, "weekday": weekday},
            request=request,
        )
    return schedule


def schedule_set_repository(
    *,
    repository: Repository,
    frequency: Frequency,
    hour: int,
    weekday: int,
    actor: User | None,
    now: datetime,
    history_secrets: bool | None = None,
    request: HttpRequest | None = None,
) -> RepositorySchedule:
    """Set the repository's schedule override (and, when given, its history-secrets opt-in)."""
    Schedule(frequency, hour=hour, weekday=weekday)  # validates
    with transaction.atomic():
        if history_secrets is not None:
            Repository.objects.filter(pk=repository.pk).update(scan_history_secrets=history_secrets)
        row, _ = RepositorySchedule.objects.select_for_update().get_or_create(
            repository=repository, defaults={"organization_id": repository.organization_id}
        )
        row.frequency = frequency.value
        row.hour = hour
        row.weekday = weekday
        row.save()
        _recompute([row], organization_schedule(repository.organization_id), now)
        audit_record(
            action=ScheduleAuditAction.REPOSITORY_CHANGED,
            organization=repository.organization,
            actor=actor,
            target=repository,
            target_label=f"scan schedule of {repository.full_name}",
            data={
                "frequency": frequency.value,
                "hour": hour,
                "weekday": weekday,
                "history_secrets": history_secrets,
            },
            request=request,
        )
    row.refresh_from_db()
    return row


@dataclass
class TickReport:
    due: int = 0
    queued: int = 0
    already_active: int = 0
    not_scannable: int = 0
    lost_races: int = 0
    run_ids: list[int] = field(default_factory=list)


def scheduler_tick(now: datetime, *, limit: int = TICK_LIMIT) -> TickReport:
    """Queue every scan due at ``now`` (at most ``limit``); safe to run concurrently."""
    schedules_ensure(now)
    report = TickReport()
    # a removed repository keeps its row (and its slot) but is not run: back to active, it
    # runs at once and then on its schedule
    due = list(
        RepositorySchedule.objects.filter(
            next_run_at__lte=now, repository__status=RepositoryStatus.ACTIVE
        )
        .order_by("next_run_at", "id")
        .values_list("pk", "repository_id", "organization_id", "next_run_at")[:limit]
    )
    report.due = len(due)
    org_schedules: dict[int, Schedule] = {}
    for pk, repository_id, organization_id, slot in due:
        if slot is None:  # pragma: no cover - filtered by next_run_at__lte
            continue
        if organization_id not in org_schedules:
            org_schedules[organization_id] = organization_schedule(organization_id)
        if not _run_one(pk, repository_id, slot, org_schedules[organization_id], now, report):
            report.lost_races += 1
    if report.queued:
        logger.info("scheduler.queued", extra={"queued": report.queued, "due": report.due})
    return report


def _run_one(
    pk: int,
    repository_id: int,
    slot: datetime,
    org: Schedule,
    now: datetime,
    report: TickReport,
) -> bool:
    """Claim one due run and queue its scan; False when another scheduler claimed it first."""
    try:
        with transaction.atomic():
            row = RepositorySchedule.objects.filter(pk=pk).first()
            if row is None:  # the repository was deleted since the tick read its due run
                return False
            following = next_run_after(effective_schedule(row, org), now, repository_id)
            claimed = RepositorySchedule.objects.filter(pk=pk, next_run_at=slot).update(
                next_run_at=following
            )
            if claimed != 1:
                return False
            run = ScheduledRun.objects.create(
                repository_id=repository_id, organization_id=row.organization_id, slot=slot
            )
            repository = scannable_repositories(row.organization).filter(pk=repository_id).first()
            if repository is None:
                run.outcome = "not_scannable"
                report.not_scannable += 1
            else:
                scan, created = scan_request(repository=repository, requested_by=None)
                run.scan = scan
                run.outcome = "queued" if created else "already_active"
                if created:
                    report.queued += 1
                else:
                    report.already_active += 1
            run.save(update_fields=["scan", "outcome", "updated_at"])
            report.run_ids.append(run.pk)
    except IntegrityError:
        return False  # the unique (repository, slot) guard: someone else recorded this slot
    return True
