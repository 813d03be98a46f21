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
from tracesec.engines.sca.rematch import rematch_packages
from tracesec.findings.recording import findings_open_from_advisories
from tracesec.inventory.models import AdvisoryUpdate, AdvisoryUpdateStatus
from tracesec.inventory.selectors import inventory_packages_using
from tracesec.notifications.services import notify_advisory_hits

logger = logging.getLogger(__name__)


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
    opened = 0
    now = timezone.now()
    for scan_id, packages in sorted(by_scan.items()):
        hits = rematch_packages(index, packages, changed)
        if not hits:
            continue
        scan = scans[scan_id]
        with transaction.atomic():
            new = findings_open_from_advisories(
                scan=scan, hits=[(hit.finding, hit.published) for hit in hits], now=now
            )
            if new:
                notify_advisory_hits(repository=scan.repository, findings=new)
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
