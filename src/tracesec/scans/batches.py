"""Scan all: queue a scan of every active repository of an organization or one connection."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from tracesec.accounts.models import User
from tracesec.audit.services import audit_record
from tracesec.integrations.models import Connection, ConnectionStatus
from tracesec.organizations.models import Organization
from tracesec.repositories.models import Repository, RepositoryStatus
from tracesec.scans.models import ACTIVE_VALUES, RUNNING_VALUES, Scan, ScanBatch, ScanKind
from tracesec.scans.services import scan_request
from tracesec.scans.state import ScanState

logger = logging.getLogger(__name__)

SCAN_ALL_ACTION = "scan.all_requested"


def scannable_repositories(
    organization: Organization, connection: Connection | None = None
) -> QuerySet[Repository]:
    """Active repositories whose connection is active (the ones a scan can clone)."""
    repositories = Repository.objects.filter(
        organization=organization,
        status=RepositoryStatus.ACTIVE,
        connection__status=ConnectionStatus.ACTIVE,
    )
    if connection is not None:
        repositories = repositories.filter(connection=connection)
    return repositories.order_by("id")


def scan_all(
    *,
    organization: Organization,
    requested_by: User | None,
    connection: Connection | None = None,
    request: HttpRequest | None = None,
) -> ScanBatch:
    """Queue one scan per scannable repository; skip those with a scan queued or running."""
    if connection is not None and connection.organization_id != organization.pk:
        raise ValueError("connection belongs to another organization")
    with transaction.atomic():
        batch = ScanBatch.objects.create(
            organization=organization, connection=connection, requested_by=requested_by
        )
        busy = set(
            Scan.objects.filter(
                organization=organization, status__in=ACTIVE_VALUES, kind=ScanKind.DEFAULT
            ).values_list("repository_id", flat=True)
        )
        queued: list[int] = []
        for repository in scannable_repositories(organization, connection):
            if repository.pk in busy:
                batch.already_active += 1
                continue
            scan, created = scan_request(repository=repository, requested_by=requested_by)
            if created:
                queued.append(scan.pk)
            else:
                batch.already_active += 1
        batch.scans.add(*queued)
        batch.save(update_fields=["already_active", "updated_at"])
        audit_record(
            action=SCAN_ALL_ACTION,
            organization=organization,
            actor=requested_by,
            target=batch,
            target_label=(
                f"scan all of {connection.display_name}" if connection else "scan all repositories"
            ),
            data={"batch_id": batch.pk, "queued": len(queued), "skipped": batch.already_active},
            request=request,
        )
    logger.info("scan.all_requested", extra={"batch_id": batch.pk, "queued": len(queued)})
    return batch


@dataclass(frozen=True, slots=True)
class BatchProgress:
    total: int
    queued: int
    running: int
    done: int
    failed: int
    already_active: int

    @property
    def finished(self) -> bool:
        return self.queued == 0 and self.running == 0


def batch_progress(batch: ScanBatch) -> BatchProgress:
    """Counts by state; "done" is completed, "failed" is every other ending (failed, blocked,
    cancelled, skipped: queue full)."""
    by_status = dict(
        batch.scans.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    queued = by_status.get(ScanState.QUEUED.value, 0)
    running = sum(by_status.get(value, 0) for value in RUNNING_VALUES)
    done = by_status.get(ScanState.COMPLETED.value, 0)
    total = sum(by_status.values())
    return BatchProgress(
        total=total,
        queued=queued,
        running=running,
        done=done,
        failed=total - queued - running - done,
        already_active=batch.already_active,
    )
