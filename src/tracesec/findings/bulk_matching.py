"""Bulk triage of every finding matching the list's filters ("all N matching"), not only the
selected page: counted first (the confirmation names the exact number), then applied in
bounded batches of ``MAX_BULK`` ids, each its own transaction and audit event, through the same
service as a selection. Always scoped to one organization."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet
from django.http import HttpRequest

from tracesec.accounts.models import User
from tracesec.common.errors import ApplicationError
from tracesec.findings.models import Finding, Status
from tracesec.findings.selectors import FindingFilters, findings_filter
from tracesec.findings.triage import MAX_BULK, BulkResult, TriageOperation, findings_bulk_triage
from tracesec.organizations.models import Organization

# The change runs inside the request: at most this many (20 batches; 50,000 took 22 s on a
# loaded 2-core machine, see benchmarks/README.md), narrower filters for more.
MAX_BULK_MATCHING = 20_000

# The states an operation changes: ignoring also re-reasons an ignored finding (as for a
# selection); fixed findings are never touched.
CHANGEABLE = {
    TriageOperation.IGNORE: (Status.OPEN, Status.IGNORED),
    TriageOperation.REOPEN: (Status.IGNORED,),
}


def bulk_matching_findings(
    *, organization_id: int, filters: FindingFilters, viewer_id: int | None, operation: str
) -> QuerySet[Finding]:
    """The findings ``operation`` would change among those matching ``filters``."""
    if operation not in CHANGEABLE:
        raise ApplicationError("Unknown triage operation.", code="invalid_operation")
    return findings_filter(
        organization_id=organization_id, filters=filters, viewer_id=viewer_id
    ).filter(status__in=CHANGEABLE[operation])


def bulk_matching_count(
    *, organization_id: int, filters: FindingFilters, viewer_id: int | None, operation: str
) -> int:
    return (
        bulk_matching_findings(
            organization_id=organization_id,
            filters=filters,
            viewer_id=viewer_id,
            operation=operation,
        )
        .order_by()
        .count()
    )


def findings_bulk_triage_matching(
    *,
    organization: Organization,
    actor: User,
    filters: FindingFilters,
    operation: str,
    reason: str = "",
    comment: str = "",
    expires_at: datetime | None = None,
    request: HttpRequest | None = None,
    batch_size: int = MAX_BULK,
    limit: int = MAX_BULK_MATCHING,
) -> BulkResult:
    """Ignore or reopen every finding of ``organization`` matching ``filters`` ("me" is the
    actor), in id order, ``batch_size`` (at most ``MAX_BULK``) at a time."""
    batch_size = max(1, min(batch_size, MAX_BULK))
    findings = bulk_matching_findings(
        organization_id=organization.pk, filters=filters, viewer_id=actor.pk, operation=operation
    ).order_by("pk")
    total = findings.count()
    if total > limit:
        raise ApplicationError(
            f"{total:,} findings match; narrow the filters to at most {limit:,} "
            "to change them at once.",
            code="too_many_matching",
        )
    changed = skipped = 0
    after = 0
    while True:
        # an id cursor, not offsets: rows a batch changed may stop matching the filters
        ids = list(findings.filter(pk__gt=after).values_list("pk", flat=True)[:batch_size])
        if not ids:
            break
        result = findings_bulk_triage(
            organization=organization,
            actor=actor,
            finding_ids=ids,
            operation=operation,
            reason=reason,
            comment=comment,
            expires_at=expires_at,
            request=request,
            audit_data={"scope": "all_matching", "filters": filters.to_query(page=1)},
        )
        changed += result.changed
        skipped += result.skipped
        after = ids[-1]
    return BulkResult(changed=changed, skipped=skipped)
