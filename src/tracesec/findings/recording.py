"""``findings_record``: apply one scan's findings to a repository, in bulk, by fingerprint.

The decision is :func:`tracesec.findings.lifecycle.plan_record` (pure); this module loads the
repository's previous findings in one query, then writes: new rows with ``bulk_create``,
status changes grouped into one ``UPDATE ... WHERE id IN (...)`` per outcome (chunked),
content rewrites only for rows whose displayed content changed (digest), and system history
events for every status change. A 20,000-finding scan is a few dozen statements, not 20,000.
The caller holds the transaction (``scans.services`` records inside the scan's lock).
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from django.db import connection

from tracesec.engines.model import Engine, ScanResult
from tracesec.engines.model import Finding as EngineFinding
from tracesec.engines.sca.rematch import AdvisoryHit
from tracesec.findings import repository_suppressions
from tracesec.findings.copy_insert import bulk_insert, bulk_update_by_id
from tracesec.findings.lifecycle import (
    FindingStatus,
    Outcome,
    PriorFinding,
    RecordPlan,
    plan_record,
)
from tracesec.findings.models import SEVERITY_RANK, Finding, Status, TriageAction, TriageEvent
from tracesec.repositories.models import Repository

logger = logging.getLogger(__name__)

# Columns copied from an engine finding; re-written when their digest changes.
CONTENT_FIELDS = (
    "engine",
    "rule_id",
    "severity",
    "severity_rank",
    "confidence",
    "title",
    "message",
    "path",
    "start_line",
    "end_line",
    "start_column",
    "end_column",
    "snippet",
    "cwe",
    "owasp",
    "ecosystem",
    "package",
    "package_version",
    "fixed_version",
    "advisory_id",
    "aliases",
    "extra",
    "history_only",
    "search_text",
    "content_digest",
)

_EVENT_FOR = {
    Outcome.FIXED: TriageAction.FIXED,
    Outcome.REOPENED: TriageAction.SCAN_REOPENED,
    Outcome.RETURNED_IGNORED: TriageAction.RETURNED_IGNORED,
    Outcome.IGNORE_EXPIRED: TriageAction.IGNORE_EXPIRED,
}

_CLEARED_IGNORE: dict[str, Any] = {
    "ignore_reason": "",
    "ignore_expires_at": None,
    "ignored_by": None,
    "ignored_at": None,
}


@dataclass(frozen=True, slots=True)
class RecordSummary:
    counts: dict[str, int]
    findings: int
    new: int
    fixed: int
    reopened: int
    duplicates: int


def _joined(values: Iterable[str]) -> str:
    items = [str(v) for v in values if v]
    return f",{','.join(items)}," if items else ""


class RecordedScan(Protocol):
    """The scan being recorded (a ``scans.models.Scan``; findings import nothing from scans)."""

    @property
    def pk(self) -> int: ...
    @property
    def organization_id(self) -> int: ...
    @property
    def repository_id(self) -> int: ...


def _text(value: Any, limit: int) -> str:
    return str(value or "")[:limit]


def _plain(value: Any) -> Any:
    """JSON-ready copy of an engine's ``extra`` (tuples become lists; odd types strings)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def search_text_for(values: Mapping[str, Any]) -> str:
    parts = (values["title"], values["path"], values["rule_id"], values["package"])
    return " ".join((*parts, values["advisory_id"])).lower()


def content_values(finding: EngineFinding) -> dict[str, Any]:
    """The row values an engine finding maps to (everything but lifecycle and triage)."""
    extra = dict(finding.extra)
    aliases = extra.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = (aliases,)
    fixed = extra.get("fixed_version") or ""
    if not fixed and extra.get("fixed_versions"):
        fixed = next(iter(extra["fixed_versions"]), "")
    values: dict[str, Any] = {
        "engine": finding.engine.value,
        "rule_id": _text(finding.rule_id, 200),
        "severity": finding.severity.value,
        "severity_rank": SEVERITY_RANK.get(finding.severity.value, 0),
        "confidence": _text(finding.confidence, 10),
        "title": _text(finding.title, 300),
        "message": str(finding.message or ""),
        "path": _text(finding.location.path, 1000),
        "start_line": max(0, finding.location.start_line),
        "end_line": max(0, finding.location.end_line),
        "start_column": max(0, finding.location.start_column),
        "end_column": max(0, finding.location.end_column),
        "snippet": str(finding.snippet or ""),
        "cwe": _joined(finding.cwe)[:300],
        "owasp": _joined(finding.owasp)[:300],
        "ecosystem": _text(extra.get("ecosystem"), 40),
        "package": _text(extra.get("package"), 300),
        "package_version": _text(extra.get("version"), 100),
        "fixed_version": _text(fixed, 100),
        "advisory_id": _text(extra.get("advisory_id"), 100),
        "aliases": _joined(aliases)[:500],
        "extra": _plain(extra),
        "history_only": bool(extra.get("history_only", False)),
    }
    values["search_text"] = search_text_for(values)
    # change detection only (not security): the values in a fixed order
    digest_source = repr([values[name] for name in CONTENT_FIELDS[:-1]])
    values["content_digest"] = hashlib.sha1(  # noqa: S324
        digest_source.encode("utf-8", "surrogatepass")
    ).hexdigest()
    return values


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    # SQLite's Django backend assumes 999 parameters per statement; PostgreSQL takes many more
    size = 900 if connection.vendor == "sqlite" else 10000
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _update_ids(ids: Sequence[int], values: dict[str, Any]) -> int:
    updated = 0
    for chunk in _chunks(ids):
        updated += Finding.objects.filter(pk__in=chunk).update(**values)
    return updated


@dataclass(frozen=True, slots=True)
class _Existing:
    pk: int
    digest: str


def _lock_repositories(repository_ids: Sequence[int]) -> None:
    """Serialize the writers of a repository's findings (a scan being recorded, an advisory
    update): each reads the fingerprints it has, then inserts the ones it lacks. Ids in
    order, so two writers locking several repositories cannot deadlock."""
    for chunk in _chunks(sorted(repository_ids)):
        list(Repository.objects.select_for_update().filter(pk__in=chunk).values_list("pk"))


def _load_prior(repository_id: int) -> tuple[dict[str, PriorFinding], dict[str, _Existing]]:
    rows = Finding.objects.filter(repository_id=repository_id).values_list(
        "pk",
        "fingerprint",
        "engine",
        "path",
        "status",
        "ignore_reason",
        "ignore_expires_at",
        "history_only",
        "content_digest",
    )
    prior: dict[str, PriorFinding] = {}
    existing: dict[str, _Existing] = {}
    for pk, fp, engine, path, status, reason, expires, history_only, digest in rows.iterator(
        chunk_size=5000
    ):
        prior[fp] = PriorFinding(
            fingerprint=fp,
            engine=Engine(engine),
            path=path,
            status=FindingStatus(status),
            ignored=bool(reason),
            ignore_expires_at=expires,
            history_only=history_only,
        )
        existing[fp] = _Existing(pk=pk, digest=digest)
    return prior, existing


def findings_record(
    *, scan: RecordedScan, result: ScanResult, now: datetime, history_scanned: bool = False
) -> RecordSummary:
    """Upsert ``result``'s findings for ``scan.repository``; the caller holds a transaction."""
    _lock_repositories([scan.repository_id])
    prior, existing = _load_prior(scan.repository_id)
    plan = plan_record(prior=prior, result=result, now=now, history_scanned=history_scanned)
    _apply(scan=scan, plan=plan, existing=existing, now=now)
    repository_suppressions.sync(
        organization_id=scan.organization_id,
        repository_id=scan.repository_id,
        scan_id=scan.pk,
        present=plan.present,
        now=now,
    )
    counts = plan.counts()
    summary = RecordSummary(
        counts=counts,
        findings=len(plan.present),
        new=counts[Outcome.NEW.value],
        fixed=counts[Outcome.FIXED.value],
        reopened=counts[Outcome.REOPENED.value],
        duplicates=plan.duplicates,
    )
    logger.info(
        "findings.recorded",
        extra={
            "scan_id": scan.pk,
            "repository_id": scan.repository_id,
            "findings": summary.findings,
            "new": summary.new,
            "fixed": summary.fixed,
        },
    )
    return summary


def _new_row(scan: Any, fingerprint: str, values: dict[str, Any], now: datetime) -> dict[str, Any]:
    """An open finding first seen in ``scan``."""
    return {
        "organization_id": scan.organization_id,
        "repository_id": scan.repository_id,
        "fingerprint": fingerprint,
        "status": Status.OPEN.value,
        "first_seen_scan_id": scan.pk,
        "last_seen_scan_id": scan.pk,
        "first_seen_at": now,
        "last_seen_at": now,
        **values,
    }


def _apply(
    *, scan: RecordedScan, plan: RecordPlan, existing: dict[str, _Existing], now: datetime
) -> None:
    new_rows: list[dict[str, Any]] = []
    rewrite: list[tuple[int, dict[str, Any]]] = []
    groups: dict[tuple[Outcome, bool, bool], list[int]] = defaultdict(list)
    events: list[dict[str, Any]] = []

    for fp, transition in plan.transitions.items():
        if transition.outcome is Outcome.UNSEEN:
            continue
        present = plan.present.get(fp)
        if transition.outcome is Outcome.NEW:
            assert present is not None
            new_rows.append(_new_row(scan, fp, content_values(present), now))
            continue
        row = existing[fp]
        groups[(transition.outcome, transition.clear_ignore, present is not None)].append(row.pk)
        if present is not None:
            values = content_values(present)
            if values["content_digest"] != row.digest:
                rewrite.append((row.pk, values))
        action = _EVENT_FOR.get(transition.outcome)
        if action is not None:
            events.append(
                {
                    "finding_id": row.pk,
                    "organization_id": scan.organization_id,
                    "scan_id": scan.pk,
                    "action": action.value,
                    "from_status": transition.from_status.value if transition.from_status else "",
                    "to_status": transition.to_status.value,
                }
            )

    bulk_insert(Finding, new_rows, now=now)
    for (outcome, clear_ignore, seen), ids in groups.items():
        _update_ids(ids, _values_for(outcome, clear_ignore, seen, scan_id=scan.pk, now=now))
    bulk_update_by_id(Finding, CONTENT_FIELDS, rewrite, now=now)
    bulk_insert(TriageEvent, events, now=now)


def _values_for(
    outcome: Outcome, clear_ignore: bool, was_seen: bool, *, scan_id: int, now: datetime
) -> dict[str, Any]:
    seen = {"last_seen_scan_id": scan_id, "last_seen_at": now, "updated_at": now}
    back = {"fixed_in_scan_id": None, "fixed_at": None}
    values: dict[str, Any]
    if outcome in (Outcome.STILL_OPEN, Outcome.STILL_IGNORED):
        values = dict(seen)
    elif outcome is Outcome.REOPENED:
        values = {**seen, **back, "status": Status.OPEN}
    elif outcome is Outcome.RETURNED_IGNORED:
        values = {**seen, **back, "status": Status.IGNORED}
    elif outcome is Outcome.IGNORE_EXPIRED:
        # seen or not (absent but not provably gone), the ignore ran out: open again
        values = {**(seen if was_seen else {"updated_at": now}), "status": Status.OPEN}
    elif outcome is Outcome.FIXED:
        values = {"status": Status.FIXED, "fixed_in_scan_id": scan_id, "fixed_at": now}
        values["updated_at"] = now
    else:  # pragma: no cover - UNSEEN and NEW never reach here
        raise ValueError(outcome)
    if clear_ignore:
        values.update(_CLEARED_IGNORE)
    return values


FOUND_BY_ADVISORY_UPDATE = "advisory_update"


def findings_open_from_advisories(
    *, hits: Sequence[tuple[Any, AdvisoryHit]], now: datetime
) -> list[Finding]:
    """Open the (scan, hit) pairs their repositories lack, in bulk (the caller holds the
    transaction). ``scan`` is the repository's latest, whose inventory the hit came from.

    The rows are marked as found by the update, under the fingerprints the next scan
    produces, so that scan carries them over. A fingerprint the repository already has, in
    any status, is left alone (its triage stands). Returns the new rows.
    """
    repository_ids = sorted({scan.repository_id for scan, _ in hits})
    fingerprints = sorted({hit.finding.fingerprint for _, hit in hits})
    _lock_repositories(repository_ids)
    known: set[tuple[int, str]] = set()
    for chunk in _chunks(repository_ids):
        known.update(
            Finding.objects.filter(
                repository_id__in=chunk, fingerprint__in=fingerprints
            ).values_list("repository_id", "fingerprint")
        )
    rows = []
    for scan, hit in hits:
        key = (scan.repository_id, hit.finding.fingerprint)
        if key in known:
            continue
        known.add(key)
        values = content_values(hit.finding)
        values["extra"] = {
            **values["extra"],
            "found_by": FOUND_BY_ADVISORY_UPDATE,
            "advisory_published": hit.published,
        }
        rows.append(_new_row(scan, hit.finding.fingerprint, values, now))
    bulk_insert(Finding, rows, now=now)
    if not rows:
        return []
    logger.info("findings.advisory_update", extra={"opened": len(rows)})
    return list(
        Finding.objects.filter(
            repository_id__in=sorted({row["repository_id"] for row in rows}),
            first_seen_at=now,
            extra__found_by=FOUND_BY_ADVISORY_UPDATE,
        ).select_related("repository")
    )
