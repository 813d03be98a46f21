"""Dashboard pages for repositories and scans: list, repository page, live scan status."""

from __future__ import annotations

from dataclasses import replace

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from tracesec.dashboard.decorators import membership_required
from tracesec.findings.exports import EXPORT_FORMATS, export, scan_result_for_scan
from tracesec.findings.models import EngineChoice
from tracesec.findings.selectors import (
    FindingFilters,
    findings_page,
    open_counts_by_repository_engine,
    open_counts_by_severity,
)
from tracesec.findings.views import can_triage
from tracesec.organizations.models import Membership, Role, role_at_least
from tracesec.repositories.access import access_repository_by_id
from tracesec.scans.access import access_scan_by_id
from tracesec.scans.coverage import ENGINE_LABELS, engine_notes
from tracesec.scans.models import Scan
from tracesec.scans.selectors import (
    has_completed_scan,
    repository_rows,
    scan_active_for,
    scan_history,
    scan_phases,
)
from tracesec.scans.services import scan_cancel, scan_request

REPOSITORY_SORT_LABELS = {
    "name": "Name",
    "open": "Most open findings",
    "scanned": "Recently scanned",
}


def _actor(request: HttpRequest) -> Membership:
    return request.membership  # type: ignore[attr-defined, no-any-return]


def scan_block_reason(actor: Membership, repository: object) -> str:
    """Why the Scan button is disabled for this user and repository ('' when enabled)."""
    if not role_at_least(actor.role, Role.MEMBER):
        return "Viewers cannot start scans; ask an admin for the member role."
    if getattr(repository, "status", "") == "removed":
        return "This repository is no longer visible to the Trace app."
    connection = getattr(repository, "connection", None)
    if connection is None or getattr(connection, "status", "") != "active":
        return "The connection is inactive: reinstall the app and pair it again."
    return ""


@membership_required()
def repository_list(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
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
    return render(request, "scans/repository_list.html", context)


@membership_required()
def repository_detail(request: HttpRequest, repository_id: int) -> HttpResponse:
    actor = _actor(request)
    repository = access_repository_by_id(actor, repository_id)
    engine = request.GET.get("engine", "")
    if engine not in EngineChoice.values:
        engine = ""
    query = request.GET.copy()
    query["repository"] = str(repository.pk)
    filters = FindingFilters.from_query(query)
    filters = replace(filters, engines=(engine,) if engine else (), per_page=25)
    page = findings_page(organization_id=actor.organization_id, filters=filters)
    base_url = reverse("scans:repository", args=[repository.pk])
    history = scan_history(repository_id=repository.pk)
    active = next((s for s in history if s.is_active), None) or scan_active_for(
        repository_id=repository.pk
    )
    latest = active or (history[0] if history else None)
    block_reason = scan_block_reason(actor, repository)
    context = {
        "repository": repository,
        "active_scan": active,
        "history": history,
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
        "next_query": filters.to_query(page=page.page + 1, repository_id=None, engines=())
        + (f"&engine={engine}" if engine else ""),
        "previous_query": filters.to_query(
            page=max(1, page.page - 1), repository_id=None, engines=()
        )
        + (f"&engine={engine}" if engine else ""),
        "can_triage": False,
        "can_cancel": role_at_least(actor.role, Role.MEMBER),
        # the live panel for the active scan, else the result of the latest one
        "status_context": _status_context(latest) if latest else None,
    }
    return render(request, "scans/repository_detail.html", context)


@require_POST
@membership_required(Role.MEMBER)
def repository_scan(request: HttpRequest, repository_id: int) -> HttpResponse:
    actor = _actor(request)
    repository = access_repository_by_id(actor, repository_id, minimum_role=Role.MEMBER)
    reason = scan_block_reason(actor, repository)
    if reason:
        messages.error(request, reason)
        return redirect("scans:repository", repository.pk)
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
    return redirect("scans:repository", repository.pk)


def _status_context(scan: Scan) -> dict[str, object]:
    now = timezone.now()
    return {
        "scan": scan,
        "phases": scan_phases(scan, now),
        "elapsed": scan.duration_seconds(now),
        "notes": [note for summary in scan.engines or [] for note in engine_notes(summary)],
        "engine_labels": ENGINE_LABELS,
    }


@membership_required()
def scan_status(request: HttpRequest, scan_id: int) -> HttpResponse:
    """The live status panel (htmx polls it every 2 s while the scan is active)."""
    actor = _actor(request)
    scan = access_scan_by_id(actor, scan_id)
    # Polled from the repository page, the answer also updates the scan's history row, so the
    # panel and the row never show two different states.
    with_history = bool(request.htmx) and request.GET.get("history") == "1"  # type: ignore[attr-defined]
    context = {
        **_status_context(scan),
        "can_cancel": role_at_least(actor.role, Role.MEMBER),
        "poll_history": with_history,
        "oob_state": with_history,
    }
    response = render(request, "scans/_status.html", context)
    if scan.is_terminal and request.htmx:  # type: ignore[attr-defined]
        # refresh the page once so history and findings tabs show the results
        response["HX-Refresh"] = "true"
    return response


@membership_required()
def scan_detail(request: HttpRequest, scan_id: int) -> HttpResponse:
    actor = _actor(request)
    scan = access_scan_by_id(actor, scan_id)
    context = {
        **_status_context(scan),
        "can_cancel": role_at_least(actor.role, Role.MEMBER),
        "can_triage": can_triage(actor),
    }
    return render(request, "scans/scan_detail.html", context)


@require_POST
@membership_required(Role.MEMBER)
def scan_cancel_view(request: HttpRequest, scan_id: int) -> HttpResponse:
    actor = _actor(request)
    scan = access_scan_by_id(actor, scan_id, minimum_role=Role.MEMBER)
    scan_cancel(scan=scan, actor=actor.user, request=request)
    messages.success(request, "Scan cancelled.")
    return redirect("scans:repository", scan.repository_id)


@membership_required()
def scan_export(request: HttpRequest, scan_id: int, fmt: str) -> HttpResponse:
    actor = _actor(request)
    scan = access_scan_by_id(actor, scan_id)
    if fmt not in EXPORT_FORMATS:
        raise Http404("Unknown export format.")
    body, content_type = export(scan_result_for_scan(scan), fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="trace-scan-{scan.pk}.{fmt}"'
    return response
