"""Scan services that users trigger: request and cancel. The worker side is ``execution.py``."""

from __future__ import annotations

import logging

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from tracesec.accounts.models import User
from tracesec.audit.services import audit_record
from tracesec.common.errors import ApplicationError
from tracesec.engines.model import ALL_ENGINES, Engine
from tracesec.repositories.models import Repository
from tracesec.scans.models import ACTIVE_VALUES, Scan, ScanKind
from tracesec.scans.state import ScanErrorCode, ScanState, check_transition, failure_message
from tracesec.scans.tasks import enqueue_scan_on_commit

logger = logging.getLogger(__name__)


class ScanAuditAction:
    REQUESTED = "scan.requested"
    CANCELLED = "scan.cancelled"


def _check_repository_scannable(repository: Repository) -> None:
    if repository.is_removed:
        raise ApplicationError(
            failure_message(ScanErrorCode.REPOSITORY_REMOVED), code="repository_removed"
        )


def wants_history_scan(repository: Repository) -> bool:
    """Secrets in git history: opted in, or never scanned through history yet (the first scan
    of a repository), since a token that lives only in history is missed otherwise."""
    opted_in, scanned_commit = (
        Repository.objects.filter(pk=repository.pk)
        .values_list("scan_history_secrets", "history_scanned_commit")
        .get()
    )  # read fresh: the caller's object may predate the last history scan
    return opted_in or not scanned_commit


def active_default_scan(repository: Repository) -> Scan | None:
    return Scan.objects.filter(
        repository=repository, status__in=ACTIVE_VALUES, kind=ScanKind.DEFAULT
    ).first()


def scan_request(
    *,
    repository: Repository,
    requested_by: User | None,
    engines: tuple[Engine, ...] = ALL_ENGINES,
    history: bool = False,
    request: HttpRequest | None = None,
) -> tuple[Scan, bool]:
    """Queue a scan of ``repository``; returns ``(scan, created)``.

    One active scan per repository: if one is queued or running, it is returned with
    ``created=False`` (the partial unique index makes this hold under concurrent requests).
    The scan task is enqueued only once the transaction commits.
    """
    _check_repository_scannable(repository)
    active = active_default_scan(repository)
    if active is not None:
        return active, False
    history = history or wants_history_scan(repository)
    try:
        with transaction.atomic():
            scan = Scan.objects.create(
                organization_id=repository.organization_id,
                repository=repository,
                requested_by=requested_by,
                status=ScanState.QUEUED,
                engines_requested=[engine.value for engine in engines],
                history=history,
                branch=repository.default_branch,
                phase_started_at=timezone.now(),
            )
            audit_record(
                action=ScanAuditAction.REQUESTED,
                organization=repository.organization,
                actor=requested_by,
                target=scan,
                target_label=f"scan of {repository.full_name}",
                data={"scan_id": scan.pk, "repository_id": repository.pk},
                request=request,
            )
            enqueue_scan_on_commit(scan.pk)
    except IntegrityError:
        # lost a race with a concurrent request: the other one is the active scan
        active = active_default_scan(repository)
        if active is None:
            raise
        return active, False
    logger.info("scan.requested", extra={"scan_id": scan.pk, "repository_id": repository.pk})
    return scan, True


def scan_cancel(*, scan: Scan, actor: User | None, request: HttpRequest | None = None) -> Scan:
    """Cancel a queued or running scan. A running worker notices at its next step and stops;
    it never writes findings for a cancelled scan."""
    with transaction.atomic():
        locked = Scan.objects.select_for_update().get(pk=scan.pk)
        state = ScanState(locked.status)
        if state.terminal:
            raise ApplicationError(
                f"This scan has already finished ({state.label.lower()}).", code="scan_finished"
            )
        check_transition(state, ScanState.CANCELLED)
        now = timezone.now()
        # no actor: Trace itself cancelled it (e.g. the connection became inactive)
        actor_name = actor.email if actor is not None else "Trace"
        locked.status = ScanState.CANCELLED
        locked.finished_at = now
        locked.error_code = ScanErrorCode.CANCELLED.value
        locked.error_message = failure_message(ScanErrorCode.CANCELLED, actor=actor_name)
        locked.cancelled_by = actor
        locked.lease_owner = ""
        locked.lease_expires_at = None
        locked.save(
            update_fields=[
                "status",
                "finished_at",
                "error_code",
                "error_message",
                "cancelled_by",
                "lease_owner",
                "lease_expires_at",
                "updated_at",
            ]
        )
        audit_record(
            action=ScanAuditAction.CANCELLED,
            organization=locked.organization,
            actor=actor,
            target=locked,
            target_label=f"scan {locked.pk}",
            data={"scan_id": locked.pk, "from": state.value},
            request=request,
        )
    logger.info("scan.cancelled", extra={"scan_id": scan.pk})
    return locked
