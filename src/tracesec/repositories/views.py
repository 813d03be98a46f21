"""Dashboard pages for repositories: the list, one repository's page, starting a scan."""

from __future__ import annotations

from dataclasses import replace

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.findings.models import EngineChoice
from tracesec.findings.selectors import (
    FindingFilters,
    findings_page,
    open_counts_by_repository_engine,
    open_counts_by_severity,
)
from tracesec.organizations.models import Membership, Role, role_at_least
from tracesec.repositories.access import access_repository_by_id
from tracesec.repositories.models import Repository
from tracesec.repositories.selectors import repository_rows
from tracesec.scans.selectors import (
    has_completed_scan,
    pull_request_scans,
    scan_active_for,
    scan_history,
)
from tracesec.scans.services import scan_request
from tracesec.scans.status_panel import scan_status_context
from tracesec.schedules.forms import RepositoryScheduleForm
from tracesec.schedules.selectors import repository_schedule_context

REPOSITORY_SORT_LABELS = {
    "name": "Name",
    "open": "Most open findings",
    "scanned": "Recently scanned",
}


def scan_block_reason(actor: Membership, repository: Repository) -> str:
    """Why the Scan button is disabled for this user and repository ('' when enabled)."""
    if not role_at_least(actor.role, Role.MEMBER):
        return "Viewers cannot start scans; ask an admin for the member role."
    if repository.is_removed:
        return "This repository is no longer visible to the Trace app."
    if repository.connection is None or not repository.connection.is_active:
        return "The connection is inactive: reinstall the app and pair it again."
    return ""


@membership_required()
def repository_list(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    q = request.GET.get("q", "").strip()[:200]
    sort = request.GET.get("sort", "name")
    if sort.lstrip("-") not in REPOSITORY_SORT_LABELS:
        sort = "name"
    rows = repository_rows(organization_id=actor.organization_id, q=q, sort=sort)
    context = {
        "rows": rows,
        "q": q,
        "sort": sort,
        "sorts": REPOSITORY_SORT_LABELS,
        "severities": ["critical", "high", "medium", "low", "info"],
    }
    return render(request, "repositories/list.html", context)


@membership_required()
def repository_detail(request: HttpRequest, repository_id: int) -> HttpResponse:
    actor = request_membership(request)
    repository = access_repository_by_id(actor, repository_id)
    engine = request.GET.get("engine", "")
    if engine not in EngineChoice.values:
        engine = ""
    query = request.GET.copy()
    query["repository"] = str(repository.pk)
    filters = FindingFilters.from_query(query)
    filters = replace(filters, engines=(engine,) if engine else (), per_page=25)
    page = findings_page(
        organization_id=actor.organization_id, filters=filters, viewer_id=actor.user_id
    )
    base_url = reverse("repositories:detail", args=[repository.pk])
    history = scan_history(repository_id=repository.pk)
    active = next((s for s in history if s.is_active), None) or scan_active_for(
        repository_id=repository.pk
    )
    latest = active or (history[0] if history else None)
    block_reason = scan_block_reason(actor, repository)
    schedule = repository_schedule_context(repository.pk, actor.organization_id)
    if role_at_least(actor.role, Role.ADMIN) and not repository.is_removed:
        row = schedule["schedule_row"]
        schedule["schedule_form"] = RepositoryScheduleForm(
            initial={
                "frequency": row.frequency if row else "inherit",
                "hour": row.hour if row else schedule["schedule_effective"].hour,
                "weekday": row.weekday if row else schedule["schedule_effective"].weekday,
                "history_secrets": repository.scan_history_secrets,
            },
            auto_id="rs-%s",
        )
    context = {
        **schedule,
        "repository": repository,
        "active_scan": active,
        "history": history,
        "pull_request_scans": pull_request_scans(repository_id=repository.pk),
        "block_reason": block_reason,
        "scan_action": not block_reason and active is None,
        "engine": engine,
        "engine_tabs": EngineChoice.choices,
        "engine_counts": open_counts_by_repository_engine(
            organization_id=actor.organization_id, repository_id=repository.pk
        ),
        "severity_counts": open_counts_by_severity(
            organization_id=actor.organization_id, repository_id=repository.pk
        ),
        "filters": filters,
        # the repository is the page, not a filter; only the engine tab filters here
        "filtered": bool(engine),
        "scanned": has_completed_scan(
            organization_id=actor.organization_id, repository_id=repository.pk
        ),
        "page": page,
        "base_url": base_url,
        "next_query": filters.to_query(page=page.page + 1, repository_ids=(), engines=())
        + (f"&engine={engine}" if engine else ""),
        "previous_query": filters.to_query(
            page=max(1, page.page - 1), repository_ids=(), engines=()
        )
        + (f"&engine={engine}" if engine else ""),
        "can_triage": False,
        "can_cancel": role_at_least(actor.role, Role.MEMBER),
        # the live panel for the active scan, else the result of the latest one
        "status_context": scan_status_context(latest) if latest else None,
    }
    return render(request, "repositories/detail.html", context)


@require_POST
@membership_required(Role.MEMBER)
def repository_scan(request: HttpRequest, repository_id: int) -> HttpResponse:
    actor = request_membership(request)
    repository = access_repository_by_id(actor, repository_id, minimum_role=Role.MEMBER)
    reason = scan_block_reason(actor, repository)
    if reason:
        messages.error(request, reason)
        return redirect("repositories:detail", repository.pk)
    scan, created = scan_request(repository=repository, requested_by=actor.user, request=request)
    if created:
        messages.success(request, f"Scan #{scan.pk} queued. Its progress shows below.")
    else:
        # A second press (or a scan someone else started): nothing went wrong, point to it.
        messages.info(
            request,
            format_html(
                '<a href="{}">Scan #{}</a> of this repository is in progress; its progress shows '
                "below.",
                reverse("scans:detail", args=[scan.pk]),
                scan.pk,
            ),
        )
    return redirect("repositories:detail", repository.pk)
