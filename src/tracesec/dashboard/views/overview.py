"""The Overview page: open findings by engine and severity and over time, new vs fixed, time
to fix and SLA compliance, repositories by risk, recent scans."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.findings.chart import new_vs_fixed_chart, open_by_severity_chart
from tracesec.findings.models import EngineChoice, SeverityChoice
from tracesec.findings.open_trend import WINDOWS, open_by_severity_per_day
from tracesec.findings.selectors import (
    most_affected_repositories,
    new_vs_fixed,
    open_counts_by_engine_and_severity,
)
from tracesec.findings.sla import fix_stats, open_compliance
from tracesec.integrations.selectors import connections_inactive
from tracesec.repositories.models import Repository
from tracesec.scans.selectors import scans_recent


@membership_required()
def overview(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    org_id = actor.organization_id
    table = open_counts_by_engine_and_severity(organization_id=org_id)
    severity_totals = {s: sum(table[e].get(s, 0) for e in table) for s in SeverityChoice.values}
    engine_totals = {e: sum(table[e].values()) for e in table}
    now = timezone.now()
    days = int(request.GET["days"]) if request.GET.get("days") in {str(w) for w in WINDOWS} else 30
    open_points = open_by_severity_per_day(organization_id=org_id, days=days, now=now)
    context = {
        "severities": SeverityChoice.choices,
        "engines": EngineChoice.choices,
        "table": table,
        "severity_totals": severity_totals,
        "engine_totals": engine_totals,
        "open_total": sum(engine_totals.values()),
        "chart": new_vs_fixed_chart(new_vs_fixed(organization_id=org_id, now=now)),
        "open_chart": open_by_severity_chart(open_points),
        "windows": WINDOWS,
        "affected": most_affected_repositories(organization_id=org_id),
        "recent_scans": scans_recent(organization_id=org_id),
        "repository_count": Repository.objects.filter(organization_id=org_id).count(),
        "member_count": actor.organization.memberships.count(),
        "inactive_connections": connections_inactive(organization_id=org_id),
        "fix_stats": fix_stats(actor.organization, now),
        "compliance": open_compliance(actor.organization, now),
    }
    return render(request, "dashboard/overview.html", context)
