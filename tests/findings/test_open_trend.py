"""Open findings per severity per day, from a crafted history: first seen, fixed, ignored,
ignored-then-fixed, opened and closed the same day, and another organization's findings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from tests.support.builders import make_org, make_repository
from tracesec.findings.models import SEVERITY_RANK, Finding, Status
from tracesec.findings.open_trend import open_by_severity_per_day
from tracesec.findings.sla import open_compliance

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


def _finding(repo: Any, key: str, severity: str, first_seen: datetime, **fields: Any) -> Finding:
    return Finding.objects.create(
        organization_id=repo.organization_id,
        repository=repo,
        engine="sast",
        rule_id=f"rule-{key}",
        fingerprint=key,
        severity=severity,
        severity_rank=SEVERITY_RANK[severity],
        title=key,
        path=f"{key}.py",
        first_seen_at=first_seen,
        last_seen_at=first_seen,
        **fields,
    )


def test_open_counts_per_severity_per_day() -> None:
    org = make_org()
    repo = make_repository(org)
    _finding(repo, "a", "high", at(11, 20))  # open throughout
    _finding(repo, "b", "critical", at(11, 25), status=Status.FIXED, fixed_at=at(12, 2, 10))
    _finding(repo, "c", "medium", at(12, 3, 8))  # new in the window
    _finding(repo, "d", "medium", at(12, 1), status=Status.IGNORED, ignored_at=at(12, 4))
    # ignored long ago, fixed in the window: it stopped being open when ignored
    _finding(
        repo, "e", "low", at(11, 1), status=Status.FIXED, ignored_at=at(11, 10), fixed_at=at(12, 3)
    )
    _finding(repo, "f", "low", at(12, 2, 8), status=Status.FIXED, fixed_at=at(12, 2, 18))
    _finding(repo, "h", "info", at(11, 30))
    _finding(make_repository(make_org()), "g", "critical", at(12, 1))  # another organization

    points = open_by_severity_per_day(organization_id=org.pk, days=5, now=NOW)

    assert [p.day for p in points] == [date(2026, 12, d) for d in range(1, 6)]
    rows = [[p.counts[s] for s in ("critical", "high", "medium", "low", "info")] for p in points]
    assert rows == [
        [1, 1, 1, 0, 1],
        [0, 1, 1, 0, 1],
        [0, 1, 2, 0, 1],
        [0, 1, 1, 0, 1],
        [0, 1, 1, 0, 1],
    ]
    assert points[-1].total == 3
    # today's figure is today's open count
    assert points[-1].total == Finding.objects.filter(organization=org, status=Status.OPEN).count()


def test_the_queries_do_not_grow_with_findings_or_days(django_assert_num_queries: Any) -> None:
    org = make_org()
    repo = make_repository(org)
    for index in range(30):
        _finding(repo, f"x{index}", "high", at(10, 1 + index % 28))
    with django_assert_num_queries(4):
        points = open_by_severity_per_day(organization_id=org.pk, days=90, now=NOW)
    assert len(points) == 90
    assert points[-1].counts["high"] == 30


def test_open_compliance_counts_findings_within_their_deadline() -> None:
    org = make_org()  # defaults: critical 7 days, high 30
    repo = make_repository(org)
    _finding(repo, "late", "critical", at(11, 20))  # due Nov 27: overdue
    _finding(repo, "fine", "critical", at(12, 1))  # due Dec 8
    _finding(repo, "ok", "high", at(11, 20))  # due Dec 20
    _finding(repo, "i", "info", at(1, 1))  # no deadline
    _finding(repo, "gone", "critical", at(1, 1), status=Status.FIXED, fixed_at=at(1, 2))
    compliance = open_compliance(org, NOW)
    assert (compliance.with_deadline, compliance.within, compliance.percent) == (3, 2, 67)
