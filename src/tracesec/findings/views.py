"""Dashboard pages for findings: the Findings list, one Finding, triage actions, export."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from tracesec.common.errors import ApplicationError
from tracesec.dashboard.decorators import membership_required, request_membership, safe_back
from tracesec.engines.humanize import counted
from tracesec.engines.suppressions import config_snippet
from tracesec.findings.access import access_finding_by_id, can_triage
from tracesec.findings.bulk_matching import (
    MAX_BULK_MATCHING,
    bulk_matching_count,
    findings_bulk_triage_matching,
)
from tracesec.findings.code_owners import code_owner_suggestion
from tracesec.findings.exports import EXPORT_FORMATS, MAX_EXPORT, export, scan_result_for_rows
from tracesec.findings.facets import filter_chips, finding_facets
from tracesec.findings.forms import BulkScope, BulkTriageForm, CommentForm, IgnoreForm
from tracesec.findings.highlight import highlight_with_context
from tracesec.findings.models import (
    Finding,
    FindingComment,
    IgnoreReason,
    Status,
)
from tracesec.findings.reading import reproduce_command, taint_steps
from tracesec.findings.saved_views import saved_view_delete, saved_view_save, saved_views_for
from tracesec.findings.selectors import (
    ASSIGNED_TO_ME,
    PER_PAGE_CHOICES,
    SORT_LABELS,
    UNASSIGNED,
    FindingFilters,
    finding_history,
    findings_filter,
    findings_page,
    package_decision_for,
    package_decisions,
)
from tracesec.findings.sla import due_at, sla_days
from tracesec.findings.triage import (
    BulkResult,
    TriageOperation,
    finding_assign,
    finding_comment,
    finding_ignore,
    finding_reopen,
    findings_bulk_triage,
)
from tracesec.organizations.models import Membership, Role
from tracesec.organizations.selectors import membership_list
from tracesec.repositories.models import Repository
from tracesec.scans.selectors import has_completed_scan


@membership_required()
def finding_list(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    filters = FindingFilters.from_query(request.GET)
    # SCA findings can be shown one row per advisory (the default) or one per package
    by_package = request.GET.get("view") == "packages"
    facets = finding_facets(
        organization_id=actor.organization_id, filters=filters, viewer_id=actor.user_id
    )
    page = findings_page(
        organization_id=actor.organization_id,
        filters=filters,
        viewer_id=actor.user_id,
        total=facets.total,
    )
    decisions, decisions_complete = (
        package_decisions(
            organization_id=actor.organization_id, filters=filters, viewer_id=actor.user_id
        )
        if by_package
        else ([], True)
    )
    context = {
        "filters": filters,
        "page": page,
        "facets": facets,
        # "all N matching" is offered when the matches do not all fit on this page
        "more_than_page": facets.total > len(page.items),
        "chips": filter_chips(filters, facets),
        "clear_query": filters.cleared().to_query(),
        "mine_query": filters.to_query(page=1, assignees=(ASSIGNED_TO_ME,)),
        "unassigned_query": filters.to_query(page=1, assignees=(UNASSIGNED,)),
        "mine_active": filters.assignees == (ASSIGNED_TO_ME,),
        "unassigned_active": filters.assignees == (UNASSIGNED,),
        "query": filters.to_query(page=1),
        "next_query": filters.to_query(page=page.page + 1),
        "previous_query": filters.to_query(page=max(1, page.page - 1)),
        "sorts": SORT_LABELS,
        "per_page_choices": PER_PAGE_CHOICES,
        "reasons": IgnoreReason.choices,
        "can_triage": can_triage(actor),
        "filtered": filters.is_filtered,
        "scanned": has_completed_scan(organization_id=actor.organization_id),
        "saved_views": saved_views_for(
            organization_id=actor.organization_id, user_id=actor.user_id
        ),
        "by_package": by_package,
        "decisions": decisions,
        "decisions_complete": decisions_complete,
    }
    return render(request, "findings/list.html", context)


@require_POST
@membership_required()
def saved_view_save_view(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    query = request.POST.get("query", "")
    try:
        view = saved_view_save(
            organization_id=actor.organization_id,
            user_id=actor.user_id,
            name=request.POST.get("name", ""),
            query=query,
        )
    except ApplicationError as exc:
        messages.error(request, f"The view was not saved: {exc.message}")
        return redirect(f"{reverse('dashboard:findings')}?{query}")
    messages.success(request, f"Saved the view “{view.name}”.")
    return redirect(f"{reverse('dashboard:findings')}?{view.query}")


@require_POST
@membership_required()
def saved_view_delete_view(request: HttpRequest, view_id: int) -> HttpResponse:
    actor = request_membership(request)
    if not saved_view_delete(
        organization_id=actor.organization_id, user_id=actor.user_id, view_id=view_id
    ):
        raise Http404("No such saved view.")
    messages.success(request, "View deleted.")
    return redirect(reverse("dashboard:findings"))


@membership_required()
def finding_detail(request: HttpRequest, finding_id: int) -> HttpResponse:
    actor = request_membership(request)
    finding = access_finding_by_id(actor, finding_id)
    comments = list(
        FindingComment.objects.filter(finding=finding).select_related("author").order_by("id")
    )
    members = list(membership_list(organization=actor.organization))
    owners = code_owner_suggestion(finding, members)
    suggested = owners.members if owners else []
    context = {
        "finding": finding,
        "code": highlight_with_context(
            finding.snippet,
            (finding.extra or {}).get("context") or {},
            path=finding.path,
            start_line=finding.start_line,
            end_line=finding.end_line,
        ),
        "taint_steps": taint_steps(finding),
        "members": [m for m in members if m not in suggested],
        "suggested_members": suggested,
        "code_owners": owners,
        "due_at": due_at(finding, sla_days(finding.organization)),
        "now": timezone.now(),
        "reproduce": reproduce_command(finding),
        "history": finding_history(finding=finding),
        "decision": package_decision_for(finding=finding),
        "comments": comments,
        "ignore_form": IgnoreForm(),
        "comment_form": CommentForm(),
        "can_triage": can_triage(actor),
        "extra": finding.extra or {},
        "trace_yml": _trace_yml(finding),
    }
    return render(request, "findings/detail.html", context)


def _trace_yml(finding: Finding) -> str:
    """The .trace.yml entry matching a finding ignored in the dashboard (empty for others,
    and for one the repository already suppresses)."""
    if finding.status != Status.IGNORED or finding.ignore_source:
        return ""
    return config_snippet(
        engine=finding.engine,
        rule_id=finding.rule_id,
        path=finding.path,
        advisory_id=finding.advisory_id,
        reason=finding.get_ignore_reason_display() if finding.ignore_reason else "",
        expires=finding.ignore_expires_at.date() if finding.ignore_expires_at else None,
    )


def _detail_url(finding_id: int) -> str:
    return reverse("findings:detail", args=[finding_id])


@require_POST
@membership_required(Role.MEMBER)
def finding_ignore_view(request: HttpRequest, finding_id: int) -> HttpResponse:
    actor = request_membership(request)
    finding = access_finding_by_id(actor, finding_id, minimum_role=Role.MEMBER)
    form = IgnoreForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(str(e) for errs in form.errors.values() for e in errs)
        messages.error(request, f"The finding was not ignored: {errors}")
        return redirect(_detail_url(finding.pk))
    finding_ignore(
        finding=finding,
        actor=actor.user,
        reason=form.cleaned_data["reason"],
        comment=form.cleaned_data["comment"],
        expires_at=form.expires_at,
        request=request,
    )
    messages.success(request, "Finding ignored. It stays ignored across scans.")
    return redirect(_detail_url(finding.pk))


@require_POST
@membership_required(Role.MEMBER)
def finding_reopen_view(request: HttpRequest, finding_id: int) -> HttpResponse:
    actor = request_membership(request)
    finding = access_finding_by_id(actor, finding_id, minimum_role=Role.MEMBER)
    finding_reopen(
        finding=finding,
        actor=actor.user,
        comment=request.POST.get("comment", ""),
        request=request,
    )
    messages.success(request, "Finding reopened.")
    return redirect(_detail_url(finding.pk))


@require_POST
@membership_required(Role.MEMBER)
def finding_comment_view(request: HttpRequest, finding_id: int) -> HttpResponse:
    actor = request_membership(request)
    finding = access_finding_by_id(actor, finding_id, minimum_role=Role.MEMBER)
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Write a comment first (up to 5,000 characters).")
        return redirect(_detail_url(finding.pk))
    finding_comment(finding=finding, actor=actor.user, body=form.cleaned_data["body"])
    messages.success(request, "Comment added.")
    return redirect(_detail_url(finding.pk) + "#history")


@require_POST
@membership_required(Role.MEMBER)
def finding_bulk_view(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    back = safe_back(request, reverse("dashboard:findings"))
    form = BulkTriageForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Select at least one finding and an action.")
        return redirect(back)
    if form.cleaned_data["scope"] == BulkScope.MATCHING:
        return _bulk_matching(request, actor, form)
    result = findings_bulk_triage(
        organization=actor.organization,
        actor=actor.user,
        finding_ids=form.cleaned_data["ids"],
        operation=form.cleaned_data["operation"],
        reason=form.cleaned_data["reason"],
        comment=form.cleaned_data["comment"],
        expires_at=form.expires_at,
        request=request,
    )
    messages.success(request, _bulk_message(form.cleaned_data["operation"], result))
    return redirect(back)


def _bulk_message(operation: str, result: BulkResult) -> str:
    verb = "ignored" if operation == TriageOperation.IGNORE else "reopened"
    text = f"{counted(result.changed, 'finding')} {verb}."
    if result.skipped:
        text += f" {result.skipped} skipped (already fixed, or not in a state to change)."
    return text


def _bulk_matching(request: HttpRequest, actor: Membership, form: BulkTriageForm) -> HttpResponse:
    """All findings matching the list's filters: a confirmation naming the exact number, then
    (once confirmed with that same number) the change, in batches."""
    query = form.cleaned_data["query"]
    filters = FindingFilters.from_query(QueryDict(query))
    # a filter naming another organization's repository is refused, not silently empty
    if (
        filters.repository_ids
        and Repository.objects.filter(pk__in=filters.repository_ids)
        .exclude(organization_id=actor.organization_id)
        .exists()
    ):
        raise Http404("No such repository.")
    operation = form.cleaned_data["operation"]
    count = bulk_matching_count(
        organization_id=actor.organization_id,
        filters=filters,
        viewer_id=actor.user_id,
        operation=operation,
    )
    list_url = f"{reverse('dashboard:findings')}?{filters.to_query(page=1)}"
    confirmed = form.cleaned_data["confirmed"]
    if confirmed != count:
        facets = finding_facets(
            organization_id=actor.organization_id, filters=filters, viewer_id=actor.user_id
        )
        context = {
            "form": form,
            "count": count,
            "changed_since": confirmed is not None,
            "chips": filter_chips(filters, facets),
            "query": filters.to_query(page=1),
            "operation": operation,
            "reason_label": dict(IgnoreReason.choices).get(form.cleaned_data["reason"], ""),
            "list_url": list_url,
            "max_matching": MAX_BULK_MATCHING,
        }
        return render(request, "findings/bulk_confirm.html", context)
    result = findings_bulk_triage_matching(
        organization=actor.organization,
        actor=actor.user,
        filters=filters,
        operation=operation,
        reason=form.cleaned_data["reason"],
        comment=form.cleaned_data["comment"],
        expires_at=form.expires_at,
        request=request,
    )
    messages.success(request, _bulk_message(operation, result))
    return redirect(list_url)


@membership_required()
def finding_export(request: HttpRequest, fmt: str) -> HttpResponse:
    """The filtered findings list (all pages, up to the export cap) as SARIF or CSV."""
    actor = request_membership(request)
    if fmt not in EXPORT_FORMATS:
        raise Http404("Unknown export format.")
    filters = FindingFilters.from_query(request.GET)
    rows = findings_filter(
        organization_id=actor.organization_id, filters=filters, viewer_id=actor.user_id
    )
    rows = rows.select_related("ignored_by")[:MAX_EXPORT]  # who ignored it, without a query each
    result = scan_result_for_rows(rows, label=actor.organization.name)
    body, content_type = export(result, fmt)
    response = HttpResponse(body, content_type=content_type)
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="trace-findings-{stamp}.{fmt}"'
    return response


@require_POST
@membership_required(Role.MEMBER)
def finding_assign_view(request: HttpRequest, finding_id: int) -> HttpResponse:
    actor = request_membership(request)
    finding = access_finding_by_id(actor, finding_id, minimum_role=Role.MEMBER)
    raw = request.POST.get("assignee", "").strip()
    if raw and not raw.isdigit():
        messages.error(request, "Choose a member to assign it to.")
        return redirect(_detail_url(finding.pk))
    try:
        finding_assign(
            finding=finding,
            actor=actor.user,
            assignee_id=int(raw) if raw else None,
            request=request,
        )
    except ApplicationError as exc:
        messages.error(request, f"The finding was not assigned: {exc.message}")
        return redirect(_detail_url(finding.pk))
    messages.success(
        request,
        f"Assigned to {finding.assignee.email}." if finding.assignee else "Unassigned.",
    )
    return redirect(_detail_url(finding.pk))
