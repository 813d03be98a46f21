"""Read side of findings: one filter model shared by the dashboard, exports and the API.

Filters live in the URL (``FindingFilters.from_query`` / ``to_query``) so a view can be
shared. Every selector takes the organization id first: tenant scoping is not optional.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django.db.models import Count, Q, QuerySet, Value
from django.db.models.functions import TruncDate
from django.utils import timezone

from tracesec.engines.model import Severity
from tracesec.engines.sca.decisions import AdvisoryRow, PackageDecision, decide, rank
from tracesec.findings.models import (
    EngineChoice,
    Finding,
    SeverityChoice,
    Status,
    TriageEvent,
)
from tracesec.findings.sla import DUE_FILTERS, filter_due, sla_days
from tracesec.organizations.models import Organization

SORTS: Mapping[str, tuple[str, ...]] = {
    "severity": ("-severity_rank", "-id"),
    "newest": ("-first_seen_at", "-id"),
    "oldest": ("first_seen_at", "id"),
    "last_seen": ("-last_seen_at", "-id"),
    "path": ("path", "start_line", "id"),
    "rule": ("rule_id", "path", "id"),
    "repository": ("repository__full_name", "-severity_rank", "id"),
}
SORT_LABELS = {
    "severity": "Severity",
    "newest": "Newest",
    "oldest": "Oldest",
    "last_seen": "Last seen",
    "path": "Path",
    "rule": "Rule",
    "repository": "Repository",
}
PER_PAGE_CHOICES = (25, 50, 100)
MAX_PAGE = 100_000
ALL = "all"


def _multi(values: list[str], allowed: list[str]) -> tuple[str, ...]:
    seen: list[str] = []
    for raw in values:
        for item in raw.split(","):
            item = item.strip().lower()
            if item in allowed and item not in seen:
                seen.append(item)
    return tuple(seen)


MAX_ID = 2**63 - 1
MAX_VALUES = 50  # values of one multi-valued filter (a URL stays a URL)
ASSIGNED_TO_ME = "me"
UNASSIGNED = "none"


def _int_or_none(value: str | None) -> int | None:
    try:
        number = int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
    # ids are positive 64-bit integers; a larger number names nothing (and overflows SQLite)
    return number if number is None or 0 < number <= MAX_ID else None


def _ids(values: list[str]) -> tuple[int, ...]:
    """Positive ids from repeated and/or comma-separated values; others are dropped."""
    seen: list[int] = []
    for raw in values:
        for item in raw.split(","):
            number = _int_or_none(item.strip())
            if number is not None and number not in seen:
                seen.append(number)
    return tuple(seen[:MAX_VALUES])


def _texts(values: list[str]) -> tuple[str, ...]:
    """Exact values (rule ids) from repeated parameters, in order, without duplicates."""
    seen: list[str] = []
    for raw in values:
        item = raw.strip()[:200]
        if item and item not in seen:
            seen.append(item)
    return tuple(seen[:MAX_VALUES])


def _assignees(values: list[str]) -> tuple[str, ...]:
    """ "me", "none" (unassigned) and member ids, as strings."""
    seen: list[str] = []
    for raw in values:
        for item in raw.split(","):
            item = item.strip().lower()
            if item not in (ASSIGNED_TO_ME, UNASSIGNED):
                number = _int_or_none(item)
                item = str(number) if number is not None else ""
            if item and item not in seen:
                seen.append(item)
    return tuple(seen[:MAX_VALUES])


@dataclass(frozen=True)
class FindingFilters:
    """The Findings list's filters. Multi-valued ones match any of their values; the URL
    repeats the parameter (``severity=high&severity=critical``), so views saved before a
    filter became multi-valued (one value) read the same."""

    engines: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    statuses: tuple[str, ...] = (Status.OPEN.value,)  # empty tuple = any status
    repository_ids: tuple[int, ...] = ()
    scan_id: int | None = None  # findings seen in this scan
    rules: tuple[str, ...] = ()
    assignees: tuple[str, ...] = ()  # "me", "none", member ids
    cwe: str = ""
    package: str = ""
    path: str = ""
    q: str = ""
    dues: tuple[str, ...] = ()  # "overdue" / "soon" (sla.DUE_FILTERS)
    sort: str = "severity"
    page: int = 1
    per_page: int = 50
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_query(cls, query: Any) -> FindingFilters:
        """Parse a QueryDict/dict; unknown or malformed values fall back to defaults."""

        def get_list(name: str) -> list[str]:
            if hasattr(query, "getlist"):
                return [v for v in query.getlist(name) if v]
            value = query.get(name)
            if value is None:
                return []
            return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]

        def get(name: str) -> str:
            values = get_list(name)
            return values[0].strip()[:200] if values else ""

        status_values = get_list("status")
        if any(v.strip().lower() == ALL for v in status_values):
            statuses: tuple[str, ...] = ()
        else:
            statuses = _multi(status_values, list(Status.values)) or (Status.OPEN.value,)
            if len(statuses) == len(Status.values):
                statuses = ()  # every status ticked is "any status"
        sort = get("sort")
        per_page = _int_or_none(get("per_page")) or 50
        cwe = get("cwe").upper()
        if cwe and cwe.isdigit():
            cwe = f"CWE-{cwe}"
        return cls(
            engines=_multi(get_list("engine"), list(EngineChoice.values)),
            severities=_multi(get_list("severity"), list(SeverityChoice.values)),
            statuses=statuses,
            repository_ids=_ids(get_list("repository")),
            scan_id=_int_or_none(get("scan")),
            rules=_texts(get_list("rule")),
            assignees=_assignees(get_list("assignee")),
            cwe=cwe,
            package=get("package"),
            path=get("path"),
            q=get("q"),
            dues=_multi(get_list("due"), list(DUE_FILTERS)),
            sort=sort if sort in SORTS else "severity",
            page=min(_int_or_none(get("page")) or 1, MAX_PAGE),
            per_page=per_page if per_page in PER_PAGE_CHOICES else 50,
        )

    def to_query(self, **changes: Any) -> str:
        """The URL query string for these filters (with ``changes`` applied)."""
        filters = replace(self, **changes) if changes else self
        params: list[tuple[str, str]] = []
        params += [("engine", e) for e in filters.engines]
        params += [("severity", s) for s in filters.severities]
        if not filters.statuses:
            params.append(("status", ALL))
        elif filters.statuses != (Status.OPEN.value,):
            params += [("status", s) for s in filters.statuses]
        params += [("repository", str(pk)) for pk in filters.repository_ids]
        params += [("rule", rule) for rule in filters.rules]
        params += [("assignee", a) for a in filters.assignees]
        params += [("due", d) for d in filters.dues]
        for name in ("cwe", "package", "path", "q"):
            value = getattr(filters, name)
            if value:
                params.append((name, value))
        if filters.scan_id:
            params.append(("scan", str(filters.scan_id)))
        if filters.sort != "severity":
            params.append(("sort", filters.sort))
        if filters.per_page != 50:
            params.append(("per_page", str(filters.per_page)))
        if filters.page != 1:
            params.append(("page", str(filters.page)))
        return urlencode(params)

    @property
    def is_filtered(self) -> bool:
        return self != FindingFilters(sort=self.sort, per_page=self.per_page)

    def cleared(self) -> FindingFilters:
        """No filters, the same sort and page size ("clear all")."""
        return FindingFilters(sort=self.sort, per_page=self.per_page)


def _assignee_condition(assignees: tuple[str, ...], viewer_id: int | None) -> Q:
    condition = Q(pk__in=[])
    for value in assignees:
        if value == UNASSIGNED:
            condition |= Q(assignee__isnull=True)
        elif value == ASSIGNED_TO_ME:
            # "me" is whoever looks: a saved view "assigned to me" works for its owner
            if viewer_id is not None:
                condition |= Q(assignee_id=viewer_id)
        else:
            condition |= Q(assignee_id=int(value))
    return condition


def findings_filter(
    *, organization_id: int, filters: FindingFilters, viewer_id: int | None = None
) -> QuerySet[Finding]:
    """The organization's findings matching ``filters``; ``viewer_id`` is the user "me"
    stands for in the assignee filter (without one, "me" matches nothing)."""
    qs = Finding.objects.filter(organization_id=organization_id)
    texts = (*filters.rules, filters.cwe, filters.package, filters.path, filters.q)
    if any("\x00" in text for text in texts):
        # no stored text holds a NUL (PostgreSQL refuses one in a query), so nothing matches;
        # an always-false condition rather than none(), which the facets' SQL cannot compile
        return qs.filter(pk__isnull=True)
    if filters.statuses:
        qs = qs.filter(status__in=filters.statuses)
    if filters.engines:
        qs = qs.filter(engine__in=filters.engines)
    if filters.severities:
        qs = qs.filter(severity__in=filters.severities)
    if filters.repository_ids:
        qs = qs.filter(repository_id__in=filters.repository_ids)
    if filters.scan_id:
        qs = qs.filter(last_seen_scan_id=filters.scan_id)
    if filters.rules:
        qs = qs.filter(rule_id__in=filters.rules)
    if filters.assignees:
        qs = qs.filter(_assignee_condition(filters.assignees, viewer_id))
    if filters.cwe:
        qs = qs.filter(cwe__contains=f",{filters.cwe},")
    if filters.package:
        qs = qs.filter(package__iexact=filters.package)
    if filters.path:
        qs = qs.filter(path__startswith=filters.path)
    if filters.q:
        qs = qs.filter(search_text__contains=filters.q.lower())
    if filters.dues:
        organization = Organization.objects.get(pk=organization_id)
        qs = filter_due(qs, sla_days(organization), filters.dues, timezone.now())
    return qs.order_by(*SORTS[filters.sort])


_LIST_COLUMNS = (
    "id",
    "organization_id",
    "repository_id",
    "repository__full_name",
    "repository__provider",
    "engine",
    "rule_id",
    "severity",
    "severity_rank",
    "title",
    "path",
    "start_line",
    "status",
    "package",
    "package_version",
    "fixed_version",
    "advisory_id",
    "cwe",
    "ignore_reason",
    "assignee_id",
    "assignee__email",
    "first_seen_at",
    "last_seen_at",
)


# Past this the list says "2,000+": an exact count of 150k matching rows costs more than the
# page itself. Exact totals per severity and engine are on the Overview (grouped counts).
COUNT_CAP = 2_000


def capped_count(qs: QuerySet[Any]) -> tuple[int, bool]:
    """(count, exact): counts at most COUNT_CAP + 1 rows."""
    count = qs.order_by()[: COUNT_CAP + 1].count()
    return min(count, COUNT_CAP), count <= COUNT_CAP


@dataclass(frozen=True)
class Page:
    items: list[Finding]
    total: int  # capped at COUNT_CAP when not exact
    page: int
    per_page: int
    exact: bool = True
    more: bool = False  # another page exists (known even when the total is capped)

    @property
    def pages(self) -> int | None:
        return max(1, -(-self.total // self.per_page)) if self.exact else None

    @property
    def has_next(self) -> bool:
        return self.more

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def start_index(self) -> int:
        return 0 if not self.items else (self.page - 1) * self.per_page + 1

    @property
    def end_index(self) -> int:
        return (self.page - 1) * self.per_page + len(self.items)

    @property
    def total_label(self) -> str:
        return f"{self.total:,}" if self.exact else f"{COUNT_CAP:,}+"


def findings_page(
    *,
    organization_id: int,
    filters: FindingFilters,
    viewer_id: int | None = None,
    total: int | None = None,
) -> Page:
    """One page of findings: a capped count (unless the exact ``total`` is known, as the
    filter bar's counts give it) and the rows with their repository and assignee."""
    qs = findings_filter(organization_id=organization_id, filters=filters, viewer_id=viewer_id)
    total, exact = (total, True) if total is not None else capped_count(qs)
    page = filters.page
    if exact:
        page = min(page, max(1, -(-total // filters.per_page)))
    offset = (page - 1) * filters.per_page
    rows = list(
        qs.select_related("repository", "assignee").only(*_LIST_COLUMNS)[
            offset : offset + filters.per_page + 1
        ]
    )
    more = len(rows) > filters.per_page
    return Page(
        items=rows[: filters.per_page],
        total=total,
        page=page,
        per_page=filters.per_page,
        exact=exact,
        more=more,
    )


def finding_history(*, finding: Finding) -> list[TriageEvent]:
    return list(
        TriageEvent.objects.filter(finding_id=finding.pk)
        .select_related("actor", "scan")
        .order_by("-created_at", "-id")[:200]
    )


def open_counts_by_severity(
    *, organization_id: int, repository_id: int | None = None
) -> dict[str, int]:
    qs = Finding.objects.filter(organization_id=organization_id, status=Status.OPEN)
    if repository_id:
        qs = qs.filter(repository_id=repository_id)
    counts = {s: 0 for s in SeverityChoice.values}
    for row in qs.values("severity").annotate(n=Count("id")).order_by():
        counts[row["severity"]] = row["n"]
    return counts


def open_counts_by_engine_and_severity(*, organization_id: int) -> dict[str, dict[str, int]]:
    table = {e: {s: 0 for s in SeverityChoice.values} for e in EngineChoice.values}
    rows = (
        Finding.objects.filter(organization_id=organization_id, status=Status.OPEN)
        .values("engine", "severity")
        .annotate(n=Count("id"))
        .order_by()
    )
    for row in rows:
        table.setdefault(row["engine"], {})[row["severity"]] = row["n"]
    return table


def open_counts_by_repository(
    *, organization_id: int, repository_ids: list[int] | None = None
) -> dict[int, dict[str, int]]:
    """{repository_id: {severity: open count}} in one grouped query."""
    qs = Finding.objects.filter(organization_id=organization_id, status=Status.OPEN)
    if repository_ids is not None:
        qs = qs.filter(repository_id__in=repository_ids)
    result: dict[int, dict[str, int]] = {}
    for row in qs.values("repository_id", "severity").annotate(n=Count("id")).order_by():
        counts = result.setdefault(row["repository_id"], {s: 0 for s in SeverityChoice.values})
        counts[row["severity"]] = row["n"]
    return result


def open_counts_by_repository_engine(*, organization_id: int, repository_id: int) -> dict[str, int]:
    rows = (
        Finding.objects.filter(
            organization_id=organization_id, repository_id=repository_id, status=Status.OPEN
        )
        .values("engine")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = {e: 0 for e in EngineChoice.values}
    for row in rows:
        counts[row["engine"]] = row["n"]
    return counts


# Risk of a repository: its open findings weighted by severity, so one critical outranks many
# low ones (info counts nothing).
RISK_WEIGHTS = {"critical": 10, "high": 5, "medium": 2, "low": 1}


def most_affected_repositories(*, organization_id: int, limit: int = 5) -> list[dict[str, Any]]:
    """The repositories with the highest severity-weighted risk of open findings."""
    counts = {severity: Count("id", filter=Q(severity=severity)) for severity in RISK_WEIGHTS}
    risk = sum(
        (counts[severity] * weight for severity, weight in RISK_WEIGHTS.items()),
        start=Value(0),
    )
    rows = (
        Finding.objects.filter(organization_id=organization_id, status=Status.OPEN)
        .values("repository_id", "repository__full_name")
        .annotate(open=Count("id"), **counts, risk=risk)
        .order_by("-risk", "-open", "repository__full_name")[:limit]
    )
    return [dict(row) for row in rows]


@dataclass(frozen=True)
class TrendPoint:
    day: datetime
    new: int
    fixed: int


def new_vs_fixed(*, organization_id: int, days: int = 30, now: datetime) -> list[TrendPoint]:
    """Findings first seen vs fixed per day over the last ``days`` days (two grouped queries)."""
    start = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    base = Finding.objects.filter(organization_id=organization_id)
    new = dict(
        base.filter(first_seen_at__gte=start)
        .annotate(day=TruncDate("first_seen_at"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("day", "n")
    )
    fixed = dict(
        base.filter(fixed_at__gte=start)
        .annotate(day=TruncDate("fixed_at"))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
        .values_list("day", "n")
    )
    points = []
    for offset in range(days):
        day = (start + timedelta(days=offset)).date()
        points.append(
            TrendPoint(
                day=datetime(day.year, day.month, day.day),
                new=new.get(day, 0),
                fixed=fixed.get(day, 0),
            )
        )
    return points


# The packages view groups at most this many SCA findings (the newest first would be arbitrary;
# severity order keeps the most urgent). Past it the page says the grouping is partial.
MAX_GROUPED_FINDINGS = 5_000


@dataclass(frozen=True)
class RepositoryPackageDecision:
    """A package decision (computed by the engines) for one repository's stored findings."""

    repository_id: int
    repository_name: str
    decision: PackageDecision
    finding_ids: tuple[int, ...]


def package_decisions(
    *, organization_id: int, filters: FindingFilters, viewer_id: int | None = None
) -> tuple[list[RepositoryPackageDecision], bool]:
    """SCA findings matching ``filters``, one decision per repository and installed package.

    Returns (decisions, complete): complete is False when more than MAX_GROUPED_FINDINGS
    findings matched and only the most severe were grouped.
    """
    qs = findings_filter(
        organization_id=organization_id, filters=filters, viewer_id=viewer_id
    ).filter(engine=EngineChoice.SCA)
    rows = list(
        qs.order_by("-severity_rank", "id").values_list(
            "id", "repository_id", "repository__full_name", "severity", "fingerprint", "extra"
        )[: MAX_GROUPED_FINDINGS + 1]
    )
    complete = len(rows) <= MAX_GROUPED_FINDINGS
    per_repository: dict[int, tuple[str, list[AdvisoryRow], dict[str, int]]] = {}
    for pk, repository_id, name, severity, fingerprint, extra in rows[:MAX_GROUPED_FINDINGS]:
        _, advisory_rows, ids = per_repository.setdefault(repository_id, (name, [], {}))
        advisory_rows.append(AdvisoryRow.from_extra(extra or {}, Severity(severity), fingerprint))
        ids[fingerprint] = pk
    result: list[RepositoryPackageDecision] = []
    for repository_id, (name, advisory_rows, ids) in per_repository.items():
        for decision in decide(advisory_rows):
            result.append(
                RepositoryPackageDecision(
                    repository_id=repository_id,
                    repository_name=name,
                    decision=decision,
                    finding_ids=tuple(ids[fp] for fp in decision.fingerprints if fp in ids),
                )
            )
    result.sort(key=lambda r: (*rank(r.decision), r.repository_name, r.decision.key))
    return result, complete


def package_decision_for(*, finding: Finding) -> PackageDecision | None:
    """The decision for the package of one SCA finding, from its repository's open findings
    of the same installed package (and the finding itself, whatever its status)."""
    if finding.engine != EngineChoice.SCA or not finding.package:
        return None
    siblings = Finding.objects.filter(
        organization_id=finding.organization_id,
        repository_id=finding.repository_id,
        engine=EngineChoice.SCA,
        path=finding.path,
        package_version=finding.package_version,
        package__iexact=finding.package,
    ).filter(Q(status=Status.OPEN) | Q(pk=finding.pk))
    advisory_rows = [
        AdvisoryRow.from_extra(extra or {}, Severity(severity), fingerprint)
        for severity, fingerprint, extra in siblings.values_list(
            "severity", "fingerprint", "extra"
        )[:MAX_GROUPED_FINDINGS]
    ]
    decisions = decide(advisory_rows)
    return next((d for d in decisions if finding.fingerprint in d.fingerprints), None)


def ignored_fingerprints(*, repository_id: int, fingerprints: list[str]) -> set[str]:
    """Which of ``fingerprints`` are ignored in Trace for this repository (a pull request's
    check does not count them as new)."""
    if not fingerprints:
        return set()
    return set(
        Finding.objects.filter(
            repository_id=repository_id, status=Status.IGNORED, fingerprint__in=fingerprints
        ).values_list("fingerprint", flat=True)
    )
