"""Dashboard pages for scans: live status panel, scan detail, cancel, export, scan all."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.findings.access import can_triage
from tracesec.findings.exports import (
    EXPORT_FORMATS,
    SBOM_FORMATS,
    export,
    scan_result_for_scan,
)
from tracesec.integrations.access import access_connection_by_id
from tracesec.organizations.models import Role, role_at_least
from tracesec.scans.access import access_batch_by_id, access_scan_by_id
from tracesec.scans.batches import batch_progress, scan_all
from tracesec.scans.models import ScanBatch
from tracesec.scans.sbom import sbom_response
from tracesec.scans.selectors import pull_request_of
from tracesec.scans.services import scan_cancel
from tracesec.scans.status_panel import scan_status_context


@membership_required()
def scan_status(request: HttpRequest, scan_id: int) -> HttpResponse:
    """The live status panel (htmx polls it every 2 s while the scan is active)."""
    actor = request_membership(request)
    scan = access_scan_by_id(actor, scan_id)
    # Polled from the repository page, the answer also updates the scan's history row, so the
    # panel and the row never show two different states.
    with_history = bool(request.htmx) and request.GET.get("history") == "1"  # type: ignore[attr-defined]
    context = {
        **scan_status_context(scan),
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
    actor = request_membership(request)
    scan = access_scan_by_id(actor, scan_id)
    context = {
        **scan_status_context(scan),
        "can_cancel": role_at_least(actor.role, Role.MEMBER),
        "can_triage": can_triage(actor),
        "pull": pull_request_of(scan),
    }
    return render(request, "scans/scan_detail.html", context)


@require_POST
@membership_required(Role.MEMBER)
def scan_cancel_view(request: HttpRequest, scan_id: int) -> HttpResponse:
    actor = request_membership(request)
    scan = access_scan_by_id(actor, scan_id, minimum_role=Role.MEMBER)
    scan_cancel(scan=scan, actor=actor.user, request=request)
    messages.success(request, "Scan cancelled.")
    return redirect("repositories:detail", scan.repository_id)


@membership_required()
def scan_export(request: HttpRequest, scan_id: int, fmt: str) -> HttpResponse:
    actor = request_membership(request)
    scan = access_scan_by_id(actor, scan_id)
    if fmt in SBOM_FORMATS:
        return sbom_response(scan, fmt)
    if fmt not in EXPORT_FORMATS:
        raise Http404("Unknown export format.")
    body, content_type = export(scan_result_for_scan(scan), fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="trace-scan-{scan.pk}.{fmt}"'
    return response


@require_POST
@membership_required(Role.MEMBER)
def scan_all_view(request: HttpRequest) -> HttpResponse:
    """Scan all (members and up): the organization's repositories, or one connection's."""
    actor = request_membership(request)
    connection = None
    connection_id = request.POST.get("connection", "")
    if connection_id:
        if not connection_id.isdigit():
            raise Http404("Connection not found.")
        connection = access_connection_by_id(actor, int(connection_id))
    batch = scan_all(
        organization=actor.organization,
        requested_by=actor.user,
        connection=connection,
        request=request,
    )
    return redirect("scans:batch", batch.pk)


def _batch_context(batch: ScanBatch) -> dict[str, object]:
    return {"batch": batch, "progress": batch_progress(batch)}


@membership_required()
def scan_batch_detail(request: HttpRequest, batch_id: int) -> HttpResponse:
    actor = request_membership(request)
    batch = access_batch_by_id(actor, batch_id)
    context = {
        **_batch_context(batch),
        "scans": batch.scans.select_related("repository").order_by("repository__full_name"),
    }
    return render(request, "scans/batch_detail.html", context)


@membership_required()
def scan_batch_progress(request: HttpRequest, batch_id: int) -> HttpResponse:
    """The batch's counts (htmx polls it every 2 s until every scan has ended)."""
    actor = request_membership(request)
    batch = access_batch_by_id(actor, batch_id)
    return render(request, "scans/_batch_progress.html", _batch_context(batch))
