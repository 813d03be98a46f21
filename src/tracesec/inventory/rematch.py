"""Applying an advisory update: re-match the stored inventories, open findings, notify.

Runs in a worker (``tasks.advisory_update_run``). Only packages named by the update's changed
advisories are read (by index), and only hits involving a changed advisory count; nothing
is cloned. The findings carry the fingerprints a scan would give them.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tracesec.engines.model import Package
from tracesec.engines.sca.osvstore import OsvIndex
from tracesec.engines.sca.rematch import AdvisoryHit, rematch_packages
from tracesec.findings.recording import findings_open_from_advisories
from tracesec.inventory.models import AdvisoryUpdate, AdvisoryUpdateStatus
from tracesec.inventory.selectors import inventory_packages_using
from tracesec.notifications.services import notify_advisory_hits

logger = logging.getLogger(__name__)

REPOSITORIES_PER_BATCH = 200


def _loaded_changes(stored: Iterable[list[Any]]) -> dict[tuple[str, str], dict[str, str]]:
    return {(eco, name): dict(ids) for eco, name, ids in stored}


def _index_dir() -> Path | None:
    value = getattr(settings, "TRACE_OSV_DB", None)
    return Path(value) if value else None


def advisory_update_apply(*, advisory_update_id: int, index_dir: Path | None = None) -> int:
    """Re-match every stored inventory against one update; the number of findings opened.

    Idempotent: a finding the repository already has is not opened again, so a retried task
    or a re-import of the same data opens nothing.
    """
    update = AdvisoryUpdate.objects.get(pk=advisory_update_id)
    changed = _loaded_changes(update.changed)
    index = OsvIndex.open(index_dir or _index_dir())
    by_scan: dict[int, list[Package]] = defaultdict(list)
    scans: dict[int, Any] = {}
    checked = 0
    for row in inventory_packages_using(changed.keys()):
        checked += 1
        scans.setdefault(row.scan_id, row.scan)
        by_scan[row.scan_id].append(
            Package(
                ecosystem=row.ecosystem,
                name=row.name,
                version=row.version,
                manifest_path=row.manifest_path,
                line=row.line,
                purl=row.purl,
                direct=row.direct,
                dev=row.dev,
            )
        )
    hits = [
        (scans[scan_id], hit)
        for scan_id, packages in sorted(by_scan.items())
        for hit in rematch_packages(index, packages, changed)
    ]
    opened = 0
    now = timezone.now()
    by_repository: dict[int, list[tuple[Any, AdvisoryHit]]] = defaultdict(list)
    for scan, hit in hits:
        by_repository[scan.repository_id].append((scan, hit))
    repository_ids = sorted(by_repository)
    # one transaction per batch of repositories: short locks, few statements
    for start in range(0, len(repository_ids), REPOSITORIES_PER_BATCH):
        batch = [
            h
            for r in repository_ids[start : start + REPOSITORIES_PER_BATCH]
            for h in by_repository[r]
        ]
        with transaction.atomic():
            new = findings_open_from_advisories(hits=batch, now=now)
            by_organization: dict[int, list[Any]] = defaultdict(list)
            for finding in new:
                by_organization[finding.organization_id].append(finding)
            for organization_id, findings in sorted(by_organization.items()):
                notify_advisory_hits(organization_id=organization_id, findings=findings)
        opened += len(new)
    AdvisoryUpdate.objects.filter(pk=update.pk).update(
        status=AdvisoryUpdateStatus.DONE,
        packages_checked=checked,
        findings_opened=opened,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
    logger.info(
        "inventory.advisory_update.done",
        extra={"advisory_update_id": update.pk, "checked": checked, "opened": opened},
    )
    return opened
