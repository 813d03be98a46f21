"""Writing inventories and applying advisory updates.

``inventory_record`` runs inside a scan's recording transaction: it writes the scan's inventory
(the record) and derives the repository's ``InventoryPackage`` rows from it.
``advisory_update_queue`` stores an import's changed advisories and enqueues their re-match
(``rematch.py``) on commit.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.db import transaction

from tracesec.common.tasks import enqueue_on_commit
from tracesec.engines.formats.json import package_from_dict, package_to_dict
from tracesec.engines.model import Engine, ScanResult
from tracesec.engines.sca import names
from tracesec.engines.sca.osvstore import ChangedAdvisories
from tracesec.findings.copy_insert import bulk_insert
from tracesec.inventory.models import AdvisoryUpdate, InventoryPackage
from tracesec.inventory.tasks import advisory_update_run

logger = logging.getLogger(__name__)


def inventory_record(*, scan: Any, result: ScanResult, now: datetime) -> int:
    """Record ``scan``'s dependency inventory: the one writer of both places it is kept.

    ``Scan.inventory`` is the record: every package the scan found, in the JSON export's shape;
    the SBOM of any scan, not just the latest, is built from it. The repository's
    ``InventoryPackage`` rows are derived from that record (``inventory_rows``) and replace the
    previous scan's: what an advisory update re-matches, indexed by the OSV index's spelling of
    the name. A scan whose SCA engine failed keeps the previous rows, since an empty list would
    read as "no dependencies" and silence advisory updates. The caller holds the transaction.
    Returns how many rows were written.
    """
    scan.inventory = [package_to_dict(p) for p in result.inventory]
    scan.save(update_fields=["inventory"])
    sca = next((s for s in result.engines if s.engine is Engine.SCA), None)
    if sca is None or not sca.ok:
        return 0
    InventoryPackage.objects.filter(repository_id=scan.repository_id).delete()
    rows = inventory_rows(scan)
    bulk_insert(InventoryPackage, rows, now=now)
    return len(rows)


def inventory_rows(scan: Any) -> list[dict[str, Any]]:
    """The ``InventoryPackage`` rows of ``scan.inventory``: its pinned packages (an unpinned one
    cannot be matched against an advisory's versions), cut to the columns' sizes."""
    packages = (package_from_dict(p) for p in scan.inventory or ())
    return [
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
        for pkg in packages
        if pkg.version
    ]


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
