"""Triage services: ignore (with a required reason and optional expiry), reopen, comment, bulk.

Every change writes a ``TriageEvent`` (the finding's history) and an audit event, in the same
transaction. Triage lives on the finding row, keyed by fingerprint, so it survives re-scans
and code moves (see ``lifecycle.py`` for how scans treat ignored findings).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from tracesec.accounts.models import User
from tracesec.audit.services import audit_record
from tracesec.common.errors import ApplicationError
from tracesec.engines.humanize import counted
from tracesec.findings.models import (
    Finding,
    FindingComment,
    IgnoreReason,
    Status,
    TriageAction,
    TriageEvent,
)
from tracesec.organizations.models import Organization

logger = logging.getLogger(__name__)

MAX_COMMENT = 5000
MAX_BULK = 1000


class FindingAuditAction:
    IGNORED = "finding.ignored"
    REOPENED = "finding.reopened"
    COMMENTED = "finding.commented"
    BULK_TRIAGED = "finding.bulk_triaged"
    ASSIGNED = "finding.assigned"


def _audit_finding(
    action: str,
    finding: Finding,
    actor: User,
    data: dict[str, Any],
    request: HttpRequest | None,
) -> None:
    """One audit event about one finding, labelled by its rule and path."""
    audit_record(
        action=action,
        organization=finding.organization,
        actor=actor,
        target=finding,
        target_label=f"{finding.rule_id} in {finding.path}"[:200],
        data=data,
        request=request,
    )


class TriageOperation:
    IGNORE = "ignore"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class BulkResult:
    changed: int
    skipped: int


def _clean_reason(reason: str) -> str:
    if reason not in IgnoreReason.values:
        choices = ", ".join(label for label in IgnoreReason.labels)
        raise ApplicationError(
            f"Choose why this finding is ignored: {choices}.",
            code="invalid_reason",
            extra={"field": "reason"},
        )
    return reason


def _clean_expiry(expires_at: datetime | None, now: datetime) -> datetime | None:
    if expires_at is not None and expires_at <= now:
        raise ApplicationError(
            "The ignore expiry must be in the future.",
            code="invalid_expiry",
            extra={"field": "expires_at"},
        )
    return expires_at


def _clean_comment(comment: str) -> str:
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ApplicationError(
            f"Comments are limited to {MAX_COMMENT} characters.", code="comment_too_long"
        )
    return comment


def finding_ignore(
    *,
    finding: Finding,
    actor: User,
    reason: str,
    comment: str = "",
    expires_at: datetime | None = None,
    request: HttpRequest | None = None,
) -> Finding:
    """Ignore an open finding (or change the reason/expiry of an ignored one)."""
    now = timezone.now()
    reason = _clean_reason(reason)
    expires_at = _clean_expiry(expires_at, now)
    comment = _clean_comment(comment)
    with transaction.atomic():
        locked = Finding.objects.select_for_update().get(pk=finding.pk)
        if locked.status == Status.FIXED:
            raise ApplicationError(
                "This finding is already fixed; there is nothing to ignore.", code="finding_fixed"
            )
        before = locked.status
        _save_triage_state(
            locked, Status.IGNORED, reason=reason, expires_at=expires_at, by=actor, at=now
        )
        TriageEvent.objects.create(
            finding=locked,
            organization_id=locked.organization_id,
            actor=actor,
            action=TriageAction.IGNORED,
            from_status=before,
            to_status=Status.IGNORED,
            reason=reason,
            comment=comment,
            expires_at=expires_at,
        )
        _audit_finding(
            FindingAuditAction.IGNORED,
            locked,
            actor,
            {"finding_id": locked.pk, "reason": reason, "expires": bool(expires_at)},
            request,
        )
    return locked


def _save_triage_state(
    finding: Finding,
    status: str,
    *,
    reason: str,
    expires_at: datetime | None,
    by: User | None,
    at: datetime | None,
) -> None:
    finding.status = status
    finding.ignore_reason = reason
    finding.ignore_expires_at = expires_at
    finding.ignored_by = by
    finding.ignored_at = at
    # a person's decision replaces one read from the repository (which the next scan
    # applies again to an open finding while the comment or entry is there)
    finding.ignore_source = finding.ignore_note = finding.ignore_author = ""
    finding.save(
        update_fields=[
            "status",
            "ignore_reason",
            "ignore_expires_at",
            "ignored_by",
            "ignored_at",
            "ignore_source",
            "ignore_note",
            "ignore_author",
            "updated_at",
        ]
    )


def finding_reopen(
    *, finding: Finding, actor: User, comment: str = "", request: HttpRequest | None = None
) -> Finding:
    """End an ignore: the finding is open again and its remembered triage is cleared."""
    comment = _clean_comment(comment)
    with transaction.atomic():
        locked = Finding.objects.select_for_update().get(pk=finding.pk)
        if locked.status != Status.IGNORED:
            raise ApplicationError("Only ignored findings can be reopened.", code="not_ignored")
        _save_triage_state(locked, Status.OPEN, reason="", expires_at=None, by=None, at=None)
        TriageEvent.objects.create(
            finding=locked,
            organization_id=locked.organization_id,
            actor=actor,
            action=TriageAction.REOPENED,
            from_status=Status.IGNORED,
            to_status=Status.OPEN,
            comment=comment,
        )
        _audit_finding(
            FindingAuditAction.REOPENED, locked, actor, {"finding_id": locked.pk}, request
        )
    return locked


def finding_comment(
    *, finding: Finding, actor: User, body: str, request: HttpRequest | None = None
) -> FindingComment:
    body = _clean_comment(body)
    if not body:
        raise ApplicationError("A comment cannot be empty.", code="comment_empty")
    with transaction.atomic():
        comment = FindingComment.objects.create(
            finding=finding, organization_id=finding.organization_id, author=actor, body=body
        )
        _audit_finding(
            FindingAuditAction.COMMENTED,
            finding,
            actor,
            {"finding_id": finding.pk, "comment_id": comment.pk},
            request,
        )
    return comment


def findings_bulk_triage(
    *,
    organization: Organization,
    actor: User,
    finding_ids: Sequence[int],
    operation: str,
    reason: str = "",
    comment: str = "",
    expires_at: datetime | None = None,
    request: HttpRequest | None = None,
    audit_data: dict[str, Any] | None = None,
) -> BulkResult:
    """Ignore or reopen many findings of ``organization`` at once (ids from other
    organizations are silently not matched, exactly like missing ids); ``audit_data`` adds to
    the audit event's data."""
    now = timezone.now()
    ids = sorted({int(i) for i in finding_ids})
    if not ids:
        raise ApplicationError("Select at least one finding.", code="nothing_selected")
    if len(ids) > MAX_BULK:
        raise ApplicationError(
            f"Triage at most {MAX_BULK} findings at a time.", code="too_many_selected"
        )
    comment = _clean_comment(comment)
    if operation == TriageOperation.IGNORE:
        reason = _clean_reason(reason)
        expires_at = _clean_expiry(expires_at, now)
        eligible_status = [Status.OPEN, Status.IGNORED]
        values: dict[str, Any] = {
            "status": Status.IGNORED,
            "ignore_reason": reason,
            "ignore_expires_at": expires_at,
            "ignored_by": actor,
            "ignored_at": now,
            "updated_at": now,
        }
        action, to_status = TriageAction.IGNORED, Status.IGNORED
    elif operation == TriageOperation.REOPEN:
        eligible_status = [Status.IGNORED]
        values = {
            "status": Status.OPEN,
            "ignore_reason": "",
            "ignore_expires_at": None,
            "ignored_by": None,
            "ignored_at": None,
            "updated_at": now,
        }
        action, to_status = TriageAction.REOPENED, Status.OPEN
        reason, expires_at = "", None
    else:
        raise ApplicationError("Unknown triage operation.", code="invalid_operation")

    with transaction.atomic():
        rows = list(
            Finding.objects.select_for_update()
            .filter(organization_id=organization.pk, pk__in=ids, status__in=eligible_status)
            .values_list("pk", "status")
        )
        changed_ids = [pk for pk, _status in rows]
        Finding.objects.filter(pk__in=changed_ids).update(**values)
        TriageEvent.objects.bulk_create(
            [
                TriageEvent(
                    finding_id=pk,
                    organization_id=organization.pk,
                    actor=actor,
                    action=action,
                    from_status=status,
                    to_status=to_status,
                    reason=reason,
                    comment=comment,
                    expires_at=expires_at,
                    created_at=now,
                )
                for pk, status in rows
            ]
        )
        audit_record(
            action=FindingAuditAction.BULK_TRIAGED,
            organization=organization,
            actor=actor,
            target_label=f"{operation} {counted(len(changed_ids), 'finding')}",
            data={
                "operation": operation,
                "count": len(changed_ids),
                "reason": reason,
                **(audit_data or {}),
            },
            request=request,
        )
    return BulkResult(changed=len(changed_ids), skipped=len(ids) - len(changed_ids))


def findings_expire_ignores(*, now: datetime | None = None) -> int:
    """Reopen ignored findings whose ignore expired (between scans; scans also do it)."""
    now = now or timezone.now()
    with transaction.atomic():
        rows = list(
            Finding.objects.select_for_update()
            .filter(status=Status.IGNORED, ignore_expires_at__lte=now)
            .values_list("pk", "organization_id")
        )
        if not rows:
            return 0
        Finding.objects.filter(pk__in=[pk for pk, _org in rows]).update(
            status=Status.OPEN,
            ignore_reason="",
            ignore_expires_at=None,
            ignored_by=None,
            ignored_at=None,
            updated_at=now,
        )
        TriageEvent.objects.bulk_create(
            [
                TriageEvent(
                    finding_id=pk,
                    organization_id=org,
                    action=TriageAction.IGNORE_EXPIRED,
                    from_status=Status.IGNORED,
                    to_status=Status.OPEN,
                    created_at=now,
                )
                for pk, org in rows
            ]
        )
    logger.info("findings.ignores_expired", extra={"count": len(rows)})
    return len(rows)


def finding_assign(
    *, finding: Finding, actor: User, assignee_id: int | None, request: HttpRequest | None = None
) -> Finding:
    """Assigns the finding to a member of its organization (None: unassigns); audited."""
    assignee = None
    if assignee_id is not None:
        assignee = User.objects.filter(
            pk=assignee_id, memberships__organization_id=finding.organization_id
        ).first()
        if assignee is None:
            raise ApplicationError("Assign it to a member of this organization.", code="assignee")
    with transaction.atomic():
        before = finding.assignee_id
        finding.assignee = assignee
        finding.save(update_fields=["assignee", "updated_at"])
        _audit_finding(
            FindingAuditAction.ASSIGNED,
            finding,
            actor,
            {"finding_id": finding.pk, "from": before, "to": assignee_id},
            request,
        )
    return finding
