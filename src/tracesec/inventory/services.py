"""Writing inventories and applying advisory updates.

``inventory_record`` runs inside a scan's recording transaction. ``advisory_update_queue``
stores an import's changed advisories and enqueues their re-match (``rematch.py``) on
commit.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.db import transaction

from tracesec.common.tasks import enqueue_on_commit
from tracesec.engines.model import Engine, ScanResult
from tracesec.engines.sca import names
from tracesec.engines.sca.osvstore import ChangedAdvisories
from tracesec.findings.copy_insert import bulk_insert
from tracesec.inventory.models import AdvisoryUpdate, InventoryPackage
from tracesec.inventory.tasks import advisory_update_run

logger = logging.getLogger(__name__)


def inventory_record(*, scan: Any, result: ScanResult, now: datetime) -> int:
    """Replace the repository's stored inventory with ``result``'s, if SCA ran.

    A scan whose SCA engine failed keeps the previous inventory: an empty list would read
    as "no dependencies" and silence advisory updates. The caller holds the transaction.
    """
    sca = next((s for s in result.engines if s.engine is Engine.SCA), None)
    if sca is None or not sca.ok:
        return 0
    InventoryPackage.objects.filter(repository_id=scan.repository_id).delete()
    rows = [
        {
            "organization_id": scan.organization_id,
            "repository_id": scan.repository_id,
            "scan_id": scan.pk,
            "ecosystem": pkg.ecosystem[:40],
            "name": pkg.name[:300],
            "normalized_name": names.normalize(pkg.ecosystem, pkg.name)[:300],
            "version": pkg.version[:100],
            "manifest_path": pkg.manifest_path[:1000],
            "line": max(pkg.line, 0),
            "purl": pkg.purl[:500],
            "direct": pkg.direct,
            "dev": pkg.dev,
        }
        for pkg in result.inventory
        if pkg.version  # an unpinned package cannot be matched later either
    ]
    bulk_insert(InventoryPackage, rows, now=now)
    return len(rows)


def _stored_changes(changed: ChangedAdvisories) -> list[list[Any]]:
    return [[eco, name, dict(ids)] for (eco, name), ids in sorted(changed.items())]


def advisory_update_queue(*, source: str, changed: ChangedAdvisories) -> AdvisoryUpdate | None:
    """Store an import's changed advisories and enqueue their re-match (None if none)."""
    if not changed:
        return None
    advisory_ids = {advisory for ids in changed.values() for advisory in ids}
    with transaction.atomic():
        update = AdvisoryUpdate.objects.create(
            source=source, changed=_stored_changes(changed), advisory_count=len(advisory_ids)
        )
        enqueue_on_commit(advisory_update_run, advisory_update_id=update.pk)
    logger.info(
        "inventory.advisory_update.queued",
        extra={"advisory_update_id": update.pk, "advisories": len(advisory_ids)},
    )
    return update
