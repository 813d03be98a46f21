"""Fair queueing: per-organization cap, fewest-running-first order, maximum queue age."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.support.builders import make_org, make_repository, make_scan
from tracesec.scans.fair_queue import claim_fair, skip_stale_queued
from tracesec.scans.models import Scan
from tracesec.scans.state import ScanErrorCode, ScanState

pytestmark = pytest.mark.django_db


def _queued(org, n: int, start: int = 0, waited: timedelta = timedelta(0)) -> list[Scan]:
    now = timezone.now()
    return [
        make_scan(
            make_repository(org, f"{org.slug}/repo-{start + i}"),
            status=ScanState.QUEUED,
            phase_started_at=now - waited - timedelta(seconds=100 - i),
        )
        for i in range(n)
    ]


def test_one_big_organization_cannot_starve_a_small_one(settings) -> None:
    settings.TRACE_SCAN_MAX_CONCURRENT_PER_ORG = 2
    big, small = make_org("Big"), make_org("Small")
    big_scans = _queued(big, 5, waited=timedelta(minutes=5))  # queued long before
    (small_scan,) = _queued(small, 1)
    order = [claim_fair("w1", preferred_scan_id=big_scans[-1].pk) for _ in range(4)]
    claimed = [scan.pk if scan else None for scan in order]
    # the big org's oldest first; then the small org (fewer running) before the big one's second;
    # then the big org's second; then nothing: the big org is at its cap of 2
    assert claimed == [big_scans[0].pk, small_scan.pk, big_scans[1].pk, None]
    running = Scan.objects.filter(organization=big, status=ScanState.RESOLVING_CREDENTIALS)
    assert running.count() == 2


def test_the_tasks_own_scan_goes_first_among_equals(settings) -> None:
    settings.TRACE_SCAN_MAX_CONCURRENT_PER_ORG = 2
    a, b = make_org("A"), make_org("B")
    _queued(a, 1, waited=timedelta(minutes=1))
    (mine,) = _queued(b, 1)
    claimed = claim_fair("w1", preferred_scan_id=mine.pk)
    assert claimed is not None
    assert claimed.pk == mine.pk


def test_no_cap_when_zero(settings) -> None:
    settings.TRACE_SCAN_MAX_CONCURRENT_PER_ORG = 0
    org = make_org()
    scans = _queued(org, 3)
    assert [claim_fair("w").pk for _ in scans] == [s.pk for s in scans]  # type: ignore[union-attr]


def test_a_scan_queued_too_long_is_skipped_queue_full(settings) -> None:
    settings.TRACE_SCAN_MAX_QUEUE_AGE_SECONDS = 3600
    org = make_org()
    (old,) = _queued(org, 1, waited=timedelta(hours=2))
    (fresh,) = _queued(org, 1, start=1)
    assert skip_stale_queued() == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.status == ScanState.SKIPPED
    assert old.state.terminal
    assert old.state.label == "Skipped: queue full"
    assert old.error_code == ScanErrorCode.QUEUE_FULL
    assert "1 h 00 min" in old.error_message
    assert fresh.status == ScanState.QUEUED
    # and the next claim never runs the skipped one
    claimed = claim_fair("w", preferred_scan_id=old.pk)
    assert claimed is not None
    assert claimed.pk == fresh.pk
