"""The Findings filter bar's read side: per-option counts (facets) and the applied-filter chips.

A facet's counts honour every *other* applied filter (choosing High still shows how many
Critical there are), so each facet is one grouped query over the list's filters without its
own, whatever the number of options; the facets with no filter applied share their rows and
are counted in one query on PostgreSQL (a covering index makes these index-only scans).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.db import connection
from django.db.models import Count
from django.utils import timezone

from tracesec.accounts.models import User
from tracesec.findings.models import EngineChoice, SeverityChoice, Status
from tracesec.findings.selectors import (
    ASSIGNED_TO_ME,
    UNASSIGNED,
    FindingFilters,
    findings_filter,
)
from tracesec.findings.sla import DUE_FILTERS, due_condition, sla_days
from tracesec.organizations.models import Organization
from tracesec.repositories.models import Repository

# Rules can number in the thousands: the dropdown offers the most frequent ones (and any
# chosen); a rule id in the URL filters whether or not it is offered.
MAX_RULE_OPTIONS = 30
MAX_REPOSITORY_OPTIONS = 100
DUE_LABELS = {"overdue": "Overdue", "soon": "Due within a week"}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str  # the query parameter
    label: str
    options: tuple[FacetOption, ...]

    @property
    def chosen(self) -> tuple[FacetOption, ...]:
        return tuple(option for option in self.options if option.selected)


@dataclass(frozen=True)
class Facets:
    facets: tuple[Facet, ...]
    total: int  # exact number of findings matching every filter

    def get(self, name: str) -> Facet:
        return next(facet for facet in self.facets if facet.name == name)


def _grouped(qs: Any, column: str) -> dict[Any, int]:
    return dict(qs.order_by().values(column).annotate(n=Count("*")).values_list(column, "n"))


def _grouped_each(qs: Any, columns: list[str]) -> dict[str, dict[Any, int]]:
    """Counts per value of each column over the same rows. On PostgreSQL one GROUPING SETS
    query: one scan of the matching rows instead of one per column (the ORM has no grouping
    sets, so the ORM's own SQL for the rows is wrapped)."""
    if connection.vendor != "postgresql" or len(columns) < 2:
        return {column: _grouped(qs, column) for column in columns}
    inner, params = qs.order_by().values(*columns).query.sql_with_params()
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    sets = ", ".join(f"({connection.ops.quote_name(column)})" for column in columns)
    # the ORM's parameterised SQL and our own column names: nothing from the request
    sql = (
        f"SELECT {names}, GROUPING({names}), COUNT(*) FROM ({inner}) AS matching "  # noqa: S608
        f"GROUP BY GROUPING SETS ({sets})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    counts: dict[str, dict[Any, int]] = {column: {} for column in columns}
    width = len(columns)
    for *values, not_grouped, n in rows:
        # GROUPING(a, b, c) sets one bit per column *not* grouped in this row, a's the highest
        for i, column in enumerate(columns):
            if not not_grouped & (1 << (width - 1 - i)):
                counts[column][values[i]] = n
    return counts


def _options(
    values: list[tuple[str, str]], counts: dict[Any, int], chosen: tuple[Any, ...]
) -> tuple[FacetOption, ...]:
    return tuple(
        FacetOption(value=value, label=label, count=counts.get(value, 0), selected=value in chosen)
        for value, label in values
    )


# facet -> (its FindingFilters attribute, the column it counts)
_GROUPED_FACETS = {
    "severity": ("severities", "severity"),
    "engine": ("engines", "engine"),
    "status": ("statuses", "status"),
    "repository": ("repository_ids", "repository_id"),
    "rule": ("rules", "rule_id"),
    "assignee": ("assignees", "assignee_id"),
}


def facet_counts(
    *, organization_id: int, filters: FindingFilters, viewer_id: int | None = None
) -> dict[str, dict[Any, int]]:
    """{facet: {value: count}}: each facet counted under every filter but its own. A facet
    whose own filter is applied is one grouped query; those not applied share the same rows,
    so they are counted together (one query on PostgreSQL, see ``_grouped_each``)."""

    def without(**cleared: Any) -> Any:
        return findings_filter(
            organization_id=organization_id,
            filters=replace(filters, **cleared),
            viewer_id=viewer_id,
        )

    counts: dict[str, dict[Any, int]] = {}
    shared: dict[str, str] = {}
    for name, (attribute, column) in _GROUPED_FACETS.items():
        if getattr(filters, attribute):
            counts[name] = _grouped(without(**{attribute: ()}), column)
        else:
            shared[column] = name
    if shared:
        each = _grouped_each(without(), list(shared))
        counts.update({shared[column]: values for column, values in each.items()})
    return counts


def finding_facets(
    *, organization_id: int, filters: FindingFilters, viewer_id: int | None = None
) -> Facets:
    """Every filter-bar dropdown with its options' counts, tenant-scoped; the number of
    queries does not depend on the number of options."""
    counts = facet_counts(organization_id=organization_id, filters=filters, viewer_id=viewer_id)
    # no status filter is "any": every box ticked, so submitting the form keeps it
    chosen_statuses = filters.statuses or tuple(Status.values)
    facets = [
        Facet(
            "severity",
            "Severity",
            _options(list(SeverityChoice.choices), counts["severity"], filters.severities),
        ),
        Facet(
            "engine",
            "Engine",
            _options(list(EngineChoice.choices), counts["engine"], filters.engines),
        ),
        Facet(
            "status", "Status", _options(list(Status.choices), counts["status"], chosen_statuses)
        ),
        _repository_facet(organization_id, filters, counts["repository"]),
        _rule_facet(filters, counts["rule"]),
        _assignee_facet(filters, counts["assignee"], viewer_id),
        _due_facet(
            organization_id,
            filters,
            findings_filter(
                organization_id=organization_id,
                filters=replace(filters, dues=()),
                viewer_id=viewer_id,
            ),
        ),
    ]
    total = sum(
        n
        for status, n in counts["status"].items()
        if not filters.statuses or status in filters.statuses
    )
    return Facets(facets=tuple(facets), total=total)


def _repository_facet(
    organization_id: int, filters: FindingFilters, counts: dict[Any, int]
) -> Facet:
    shown = sorted(counts, key=lambda pk: -counts[pk])[:MAX_REPOSITORY_OPTIONS]
    wanted = set(shown) | set(filters.repository_ids)
    names = dict(
        Repository.objects.filter(organization_id=organization_id, pk__in=wanted).values_list(
            "pk", "full_name"
        )
    )
    values = sorted(names.items(), key=lambda item: item[1].lower())
    return Facet(
        "repository",
        "Repository",
        tuple(
            FacetOption(
                value=str(pk),
                label=name,
                count=counts.get(pk, 0),
                selected=pk in filters.repository_ids,
            )
            for pk, name in values
        ),
    )


def _rule_facet(filters: FindingFilters, counts: dict[Any, int]) -> Facet:
    top = sorted(counts, key=lambda rule: (-counts[rule], rule))[:MAX_RULE_OPTIONS]
    values = [(rule, rule) for rule in top]
    values += [(rule, rule) for rule in filters.rules if rule not in top]
    return Facet("rule", "Rule", _options(values, counts, filters.rules))


def _assignee_facet(
    filters: FindingFilters, counts: dict[Any, int], viewer_id: int | None
) -> Facet:
    chosen_ids = {int(a) for a in filters.assignees if a.isdigit()}
    member_ids = (set(counts) | chosen_ids) - {None, viewer_id}
    emails = dict(User.objects.filter(pk__in=member_ids).values_list("pk", "email"))
    options = [
        FacetOption(
            value=ASSIGNED_TO_ME,
            label="Me",
            count=counts.get(viewer_id, 0) if viewer_id is not None else 0,
            selected=ASSIGNED_TO_ME in filters.assignees,
        ),
        FacetOption(
            value=UNASSIGNED,
            label="Unassigned",
            count=counts.get(None, 0),
            selected=UNASSIGNED in filters.assignees,
        ),
    ]
    for pk, email in sorted(emails.items(), key=lambda item: item[1].lower()):
        options.append(
            FacetOption(
                value=str(pk),
                label=email,
                count=counts.get(pk, 0),
                selected=str(pk) in filters.assignees,
            )
        )
    return Facet("assignee", "Assignee", tuple(options))


def _due_facet(organization_id: int, filters: FindingFilters, qs: Any) -> Facet:
    days = sla_days(Organization.objects.get(pk=organization_id))
    now = timezone.now()
    counts = qs.order_by().aggregate(
        # first_seen_at, not id: it is in the facet index, and every due finding has one
        **{due: Count("first_seen_at", filter=due_condition(days, due, now)) for due in DUE_FILTERS}
    )
    return Facet(
        "due",
        "Deadline",
        _options([(due, DUE_LABELS[due]) for due in DUE_FILTERS], counts, filters.dues),
    )


@dataclass(frozen=True)
class Chip:
    label: str  # "Severity"
    value: str  # "High"
    remove_query: str  # the list's query string without this value


def filter_chips(filters: FindingFilters, facets: Facets) -> list[Chip]:
    """One removable chip per applied filter value, in the bar's order."""
    chips: list[Chip] = []
    fields = {
        "severity": "severities",
        "engine": "engines",
        "repository": "repository_ids",
        "rule": "rules",
        "assignee": "assignees",
        "due": "dues",
    }
    for facet in facets.facets:
        if facet.name == "status":
            chips += _status_chips(filters, facet)
            continue
        attribute = fields[facet.name]
        applied: tuple[Any, ...] = getattr(filters, attribute)
        labels = {option.value: option.label for option in facet.options}
        for value in applied:
            rest = tuple(v for v in applied if v != value)
            chips.append(
                Chip(
                    label=facet.label,
                    value=labels.get(str(value), f"#{value}"),
                    remove_query=filters.to_query(page=1, **{attribute: rest}),
                )
            )
    for attribute, label in (("q", "Search"), ("cwe", "CWE"), ("package", "Package")):
        value = getattr(filters, attribute)
        if value:
            chips.append(Chip(label, value, filters.to_query(page=1, **{attribute: ""})))
    if filters.path:
        chips.append(Chip("Path starts with", filters.path, filters.to_query(page=1, path="")))
    if filters.scan_id:
        chips.append(
            Chip("Seen in scan", f"#{filters.scan_id}", filters.to_query(page=1, scan_id=None))
        )
    return chips


def _status_chips(filters: FindingFilters, facet: Facet) -> list[Chip]:
    """Open is the default: no chip for it alone; removing the last status goes back to it."""
    default = FindingFilters().statuses
    if not filters.statuses:
        return [Chip("Status", "Any", filters.to_query(page=1, statuses=default))]
    if filters.statuses == default:
        return []
    labels = {option.value: option.label for option in facet.options}
    return [
        Chip(
            "Status",
            labels[status],
            filters.to_query(
                page=1, statuses=tuple(s for s in filters.statuses if s != status) or default
            ),
        )
        for status in filters.statuses
    ]
