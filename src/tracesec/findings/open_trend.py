"""Open findings per severity per day, reconstructed from the findings' own timestamps.

A finding is open on a day if it was first seen by the end of that day and had not been closed
by then. Its closing moment is the earlier of ``fixed_at`` and ``ignored_at`` (an ignored finding
that is later fixed stopped being open when it was ignored); a finding open now has none.

What a finding row keeps bounds what can be reconstructed: when a fixed or ignored finding is
detected again or reopened, its ``fixed_at`` / ``ignored_at`` are cleared, so its earlier closed
spell is not known and it counts as open since it was first seen. The history of each finding is
in its triage events, but reading those would cost a query proportional to the history; this
reads four grouped queries whatever the number of findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Case, Count, DateTimeField, Expression, F, QuerySet, When
from django.db.models.functions import TruncDate
from django.db.models.lookups import GreaterThanOrEqual, LessThan

from tracesec.findings.models import Finding, SeverityChoice, Status

WINDOWS = (30, 90)
SEVERITIES = tuple(SeverityChoice.values)  # critical first


@dataclass(frozen=True)
class OpenDay:
    day: date
    counts: dict[str, int]  # severity -> open at the end of the day

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# When the finding stopped being open (null while it is open).
CLOSED_AT = Case(
    When(status=Status.OPEN, then=None),
    When(fixed_at__isnull=True, then=F("ignored_at")),
    When(ignored_at__isnull=True, then=F("fixed_at")),
    When(ignored_at__lt=F("fixed_at"), then=F("ignored_at")),
    default=F("fixed_at"),
    output_field=DateTimeField(),
)


def _by_severity(qs: QuerySet[Finding]) -> dict[str, int]:
    return dict(
        qs.values("severity").annotate(n=Count("id")).order_by().values_list("severity", "n")
    )


def _by_severity_and_day(
    qs: QuerySet[Finding], moment: Expression | str
) -> dict[tuple[str, date], int]:
    rows = (
        qs.annotate(day=TruncDate(moment))
        .values("severity", "day")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("severity", "day", "n")
    )
    return {(severity, day): n for severity, day, n in rows}


def open_by_severity_per_day(*, organization_id: int, days: int, now: datetime) -> list[OpenDay]:
    """Open findings per severity at the end of each of the last ``days`` days (today last)."""
    start = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    findings = Finding.objects.filter(organization_id=organization_id, first_seen_at__isnull=False)
    before = findings.filter(first_seen_at__lt=start)
    opened_before = _by_severity(before)
    closed_before = _by_severity(before.filter(LessThan(CLOSED_AT, start)))
    opened = _by_severity_and_day(findings.filter(first_seen_at__gte=start), "first_seen_at")
    closed = _by_severity_and_day(findings.filter(GreaterThanOrEqual(CLOSED_AT, start)), CLOSED_AT)
    running = {s: opened_before.get(s, 0) - closed_before.get(s, 0) for s in SEVERITIES}
    points = []
    for offset in range(days):
        day = (start + timedelta(days=offset)).date()
        for severity in SEVERITIES:
            running[severity] += opened.get((severity, day), 0) - closed.get((severity, day), 0)
        points.append(OpenDay(day=day, counts={s: max(0, running[s]) for s in SEVERITIES}))
    return points
