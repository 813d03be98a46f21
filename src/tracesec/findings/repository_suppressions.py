"""Suppressions that live in the repository (``trace-ignore`` comments, ``.trace.yml``) as the
dashboard's "ignored", so the dashboard, ``trace scan`` and the pull-request checks agree.

Runs after the lifecycle has recorded a scan (``findings_record``):

- an open finding the scan reports as suppressed in the repository becomes ignored, with its
  source, where the suppression is, its reason and the author the scan knew;
- a finding ignored *by the repository* that the scan reports without that suppression (the
  comment or entry was removed, or expired) is open again;
- a finding ignored in the dashboard's own triage is never touched: a person decided.

Each change is a system history event, as the lifecycle's own changes are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from tracesec.engines.model import Finding as EngineFinding
from tracesec.engines.model import Suppression
from tracesec.engines.suppressions import CONFIG_PATH
from tracesec.findings.copy_insert import bulk_insert
from tracesec.findings.models import Finding, IgnoreSource, Status, TriageAction, TriageEvent

_REPOSITORY_SOURCES = {IgnoreSource.CODE.value, IgnoreSource.CONFIG.value}


def note_for(finding: EngineFinding) -> str:
    suppression = finding.suppression
    assert suppression is not None
    until = f" (until {suppression.expires})" if suppression.expires else ""
    return f"{suppression.where}: {suppression.justification}{until}"


# ``note_for`` read back: "<path>:<line>: <reason>", ".trace.yml entry <n>: <reason> (until <date>)"
_CODE_NOTE = re.compile(r":(?P<line>\d+): (?P<reason>.*)\Z", re.DOTALL)
_CONFIG_NOTE = re.compile(
    re.escape(CONFIG_PATH)
    + r" entry (?P<line>\d+): (?P<reason>.*?)(?: \(until (?P<expires>\d{4}-\d{2}-\d{2})\))?\Z",
    re.DOTALL,
)


def suppression_of(row: Finding) -> Suppression | None:
    """The suppression of a stored ignored finding, as the engines describe one (exports render
    from it): the repository's own (where, reason, commit author) or the dashboard's triage
    (reason, who, until when); ``decided_at`` is when it was ignored."""
    if row.status != Status.IGNORED:
        return None
    decided_at = row.ignored_at.isoformat() if row.ignored_at else ""
    if row.ignore_source in _REPOSITORY_SOURCES:
        code = row.ignore_source == IgnoreSource.CODE
        path = row.path if code else CONFIG_PATH
        note = row.ignore_note
        if code:
            match = _CODE_NOTE.match(note, len(path)) if note.startswith(path) else None
        else:
            match = _CONFIG_NOTE.match(note)
        return Suppression(
            justification=match.group("reason") if match else note,
            source=row.ignore_source,
            path=path,
            line=int(match.group("line")) if match else 0,
            expires=(match.groupdict().get("expires") or "") if match else "",
            author=row.ignore_author,
            decided_at=decided_at,
        )
    return Suppression(
        justification=row.get_ignore_reason_display() or "Ignored",
        reason=row.ignore_reason or "",
        author=row.ignored_by.email if row.ignored_by else "",
        decided_at=decided_at,
        expires=row.ignore_expires_at.date().isoformat() if row.ignore_expires_at else "",
    )


def sync(
    *,
    organization_id: int,
    repository_id: int,
    scan_id: int,
    present: Mapping[str, EngineFinding],
    now: datetime,
) -> None:
    """Apply the present findings' repository suppressions to the repository's rows."""
    suppressed = {
        fp: f
        for fp, f in present.items()
        if f.suppression is not None and f.suppression.source in _REPOSITORY_SOURCES
    }
    rows = Finding.objects.filter(repository_id=repository_id, fingerprint__in=list(present))
    events: list[dict[str, Any]] = []
    for row in rows.only("pk", "fingerprint", "status", "ignore_source", "ignore_note"):
        finding = suppressed.get(row.fingerprint)
        if finding is not None and finding.suppression is not None:
            if row.status == Status.OPEN or (
                row.status == Status.IGNORED and row.ignore_source in _REPOSITORY_SOURCES
            ):
                _ignore(row, finding, now)
                if row.status == Status.OPEN:
                    events.append(_event(row.pk, organization_id, scan_id, ignored=True))
        elif row.status == Status.IGNORED and row.ignore_source in _REPOSITORY_SOURCES:
            Finding.objects.filter(pk=row.pk).update(
                status=Status.OPEN, ignore_source="", ignore_note="", ignore_author="",
                ignored_at=None, updated_at=now,
            )  # fmt: skip
            events.append(_event(row.pk, organization_id, scan_id, ignored=False))
    bulk_insert(TriageEvent, events, now=now)


def _ignore(row: Finding, finding: EngineFinding, now: datetime) -> None:
    suppression = finding.suppression
    assert suppression is not None
    values: dict[str, Any] = {
        "status": Status.IGNORED,
        "ignore_source": suppression.source,
        "ignore_note": note_for(finding),
        "ignore_author": suppression.author[:200],
        "updated_at": now,
    }
    if row.status == Status.OPEN:
        values["ignored_at"] = now
    Finding.objects.filter(pk=row.pk).update(**values)


def _event(finding_id: int, organization_id: int, scan_id: int, *, ignored: bool) -> dict[str, Any]:
    return {
        "finding_id": finding_id,
        "organization_id": organization_id,
        "scan_id": scan_id,
        "action": (TriageAction.IGNORED if ignored else TriageAction.REOPENED).value,
        "from_status": (Status.OPEN if ignored else Status.IGNORED).value,
        "to_status": (Status.IGNORED if ignored else Status.OPEN).value,
    }
