"""A scan's inventory has one writer: ``inventory_record`` keeps the scan's own list (the record
its SBOM is built from) and derives the repository's latest ``InventoryPackage`` rows from it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from django.utils import timezone

from tests.support.builders import all_ok, make_org, make_repository, make_scan
from tracesec.engines.model import Engine, Package, ScanResult
from tracesec.findings.exports import scan_result_for_scan
from tracesec.inventory.models import InventoryPackage
from tracesec.inventory.services import inventory_record, inventory_rows
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanState

pytestmark = pytest.mark.django_db

PINNED = Package("PyPI", "Flask_Login", "0.6.3", "requirements.txt", 1)
UNPINNED = Package("PyPI", "requests", "", "requirements.txt", 2)
NEWER = Package("npm", "left-pad", "1.3.0", "package-lock.json", 9, dev=True)


def _recorded(repository: Any, *packages: Package, sca_ok: bool = True) -> Scan:
    scan = make_scan(repository, status=ScanState.COMPLETED)
    engines = all_ok((Engine.SCA,))
    if not sca_ok:
        engines = (replace(engines[0], ok=False),)
    result = ScanResult(root="/tree", findings=(), coverage=(), engines=engines, inventory=packages)
    inventory_record(scan=scan, result=result, now=timezone.now())
    return Scan.objects.select_related("repository").get(pk=scan.pk)


def _stored(repository: Any) -> list[tuple[Any, ...]]:
    return list(
        InventoryPackage.objects.filter(repository=repository)
        .order_by("name")
        .values_list("scan_id", "ecosystem", "name", "normalized_name", "version", "dev")
    )


def test_the_rows_are_derived_from_the_scans_record_and_its_sbom_reads_the_record() -> None:
    repository = make_repository(make_org())
    scan = _recorded(repository, PINNED, UNPINNED)

    assert scan_result_for_scan(scan).inventory == (PINNED, UNPINNED)  # the record, whole
    # the rows: the record's pinned packages, named as the OSV index spells them
    assert _stored(repository) == [(scan.pk, "PyPI", "Flask_Login", "flask-login", "0.6.3", None)]
    derived = inventory_rows(scan)
    assert [(r["name"], r["version"]) for r in derived] == [("Flask_Login", "0.6.3")]


def test_the_next_scan_replaces_the_rows_and_the_old_scan_keeps_its_record() -> None:
    repository = make_repository(make_org())
    first = _recorded(repository, PINNED)
    second = _recorded(repository, NEWER)

    assert _stored(repository) == [(second.pk, "npm", "left-pad", "left-pad", "1.3.0", True)]
    first.refresh_from_db()
    assert scan_result_for_scan(first).inventory == (PINNED,)


def test_a_failed_sca_records_an_empty_list_and_keeps_the_previous_rows() -> None:
    repository = make_repository(make_org())
    first = _recorded(repository, PINNED)
    failed = _recorded(repository, sca_ok=False)

    assert failed.inventory == []
    assert [row[0] for row in _stored(repository)] == [first.pk]


def test_without_an_sca_run_nothing_is_derived() -> None:
    repository = make_repository(make_org())
    scan = make_scan(repository)
    result = ScanResult(
        root="/tree",
        findings=(),
        coverage=(),
        engines=all_ok((Engine.SECRETS,)),
        inventory=(),
    )
    assert inventory_record(scan=scan, result=result, now=timezone.now()) == 0
    assert not InventoryPackage.objects.filter(repository=repository).exists()
