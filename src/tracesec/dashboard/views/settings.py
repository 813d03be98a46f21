"""Settings → Integrations / Members / API tokens / Audit log."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from tracesec.api.tokens import (
    access_api_token_by_id,
    api_token_create,
    api_token_list,
    api_token_revoke,
)
from tracesec.audit.selectors import audit_event_list
from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.dashboard.forms import (
    InCodeSuppressionsForm,
    InviteForm,
    PullRequestGateForm,
    RoleForm,
    SlaForm,
    TokenForm,
)
from tracesec.dashboard.navigation import INTEGRATION_PANELS
from tracesec.organizations.access import (
    access_invitation_by_id,
    access_membership_by_id,
    access_organization_by_id,
    require_role,
)
from tracesec.organizations.models import Organization, Role, role_at_least
from tracesec.organizations.selectors import invitation_list_pending, membership_list
from tracesec.organizations.services import (
    SLA_SEVERITIES,
    invitation_create,
    invitation_revoke,
    invitation_url,
    membership_remove,
    membership_role_change,
    organization_in_code_suppressions_update,
    organization_pr_gate_update,
    organization_sla_update,
)


@membership_required()
def integrations(request: HttpRequest) -> HttpResponse:
    return render(request, "dashboard/settings/integrations.html", {"panels": INTEGRATION_PANELS})


@require_http_methods(["GET", "POST"])
@membership_required()
def members(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    form = InviteForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            # Errors (role too low, already a member...) become a flash via the decorator.
            _invitation, token = invitation_create(
                actor=actor,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                request=request,
            )
            # Shown once so the inviter can pass the link on if email is not configured.
            request.session["last_invite_link"] = invitation_url(token)
            messages.success(request, f"Invitation sent to {form.cleaned_data['email']}.")
            return redirect("dashboard:settings_members")
    context = {
        "members": membership_list(organization=actor.organization),
        "invitations": invitation_list_pending(organization=actor.organization),
        "invite_form": form,
        "invite_link": request.session.pop("last_invite_link", None),
        "roles": Role.choices,
        "can_manage": actor.has_role(Role.ADMIN),
    }
    return render(request, "dashboard/settings/members.html", context, status=status)


@require_POST
@membership_required(Role.ADMIN)
def member_role(request: HttpRequest, membership_id: int) -> HttpResponse:
    actor = request_membership(request)
    target = access_membership_by_id(actor, membership_id)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a valid role.")
        return redirect("dashboard:settings_members")
    updated = membership_role_change(
        actor=actor, membership=target, role=form.cleaned_data["role"], request=request
    )
    if request.htmx:  # type: ignore[attr-defined]
        context = {"m": updated, "roles": Role.choices, "can_manage": True, "saved": True}
        return render(request, "dashboard/settings/_member_row.html", context)
    messages.success(request, f"{updated.user.email} is now {updated.get_role_display()}.")
    return redirect("dashboard:settings_members")


@require_POST
@membership_required()
def member_remove(request: HttpRequest, membership_id: int) -> HttpResponse:
    actor = request_membership(request)
    target = access_membership_by_id(actor, membership_id)
    membership_remove(actor=actor, membership=target, request=request)
    if target.pk == actor.pk:
        messages.success(request, f"You left {actor.organization.name}.")
        return redirect("dashboard:overview")
    messages.success(request, f"{target.user.email} was removed.")
    return redirect("dashboard:settings_members")


@require_POST
@membership_required(Role.ADMIN)
def invitation_revoke_view(request: HttpRequest, invitation_id: int) -> HttpResponse:
    actor = request_membership(request)
    invite = access_invitation_by_id(actor, invitation_id)
    invitation_revoke(actor=actor, invitation=invite, request=request)
    messages.success(request, f"The invitation for {invite.email} was revoked.")
    return redirect("dashboard:settings_members")


@require_http_methods(["GET", "POST"])
@membership_required()
def tokens(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    form = TokenForm(request.POST or None)
    status = 200
    new_token = None
    if request.method == "POST":
        status = 400
        if form.is_valid():
            _token, new_token = api_token_create(
                actor=actor, name=form.cleaned_data["name"], request=request
            )
            # Rendered directly (not redirected) so the raw value never sits in the session.
            status = 201
            form = TokenForm()
            messages.success(request, "Token created. Copy it now: it will not be shown again.")
    context = {"tokens": api_token_list(actor=actor), "form": form, "new_token": new_token}
    response = render(request, "dashboard/settings/tokens.html", context, status=status)
    if new_token:
        response["Cache-Control"] = "no-store"
    return response


@require_POST
@membership_required()
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    actor = request_membership(request)
    token = access_api_token_by_id(actor, token_id)
    api_token_revoke(actor=actor, token=token, request=request)
    messages.success(request, f"Token “{token.name}” was revoked.")
    return redirect("dashboard:settings_tokens")


@membership_required(Role.ADMIN)
def audit(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    paginator = Paginator(audit_event_list(organization=actor.organization), 50)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "dashboard/settings/audit.html", {"page": page})


@require_http_methods(["GET", "POST"])
@membership_required()
def sla(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    organization = actor.organization
    current = {s: getattr(organization, f"sla_{s}_days") for s in SLA_SEVERITIES}
    form = SlaForm(request.POST or None, initial=current)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            organization_sla_update(actor=actor, days=form.cleaned_data, request=request)
            messages.success(request, "Deadlines saved. Due dates of open findings follow them.")
            return redirect("dashboard:settings_sla")
        status = 400
    context = {
        "form": form,
        "can_manage": role_at_least(actor.role, Role.ADMIN),
        **_suppressions_context(actor.organization),
    }
    return render(request, "dashboard/settings/sla.html", context, status=status)


def _suppressions_context(
    organization: Organization, form: InCodeSuppressionsForm | None = None
) -> dict[str, object]:
    """The "Suppressions in code" section of the deadlines page."""
    current = "allow" if organization.allow_in_code_suppressions else "disallow"
    return {
        "suppressions_form": form
        or InCodeSuppressionsForm(initial={"in_code_suppressions": current}),
        "allow_in_code_suppressions": organization.allow_in_code_suppressions,
    }


@require_POST
@membership_required()
def in_code_suppressions(request: HttpRequest, organization_id: int) -> HttpResponse:
    # The organization is in the URL, not only in the session, so a form left open in one tab
    # cannot change another organization the admin switched to in another tab.
    actor = access_organization_by_id(request.user, organization_id)
    require_role(actor, Role.ADMIN)
    form = InCodeSuppressionsForm(request.POST)
    if not form.is_valid():
        context = {
            "form": SlaForm(
                initial={s: getattr(actor.organization, f"sla_{s}_days") for s in SLA_SEVERITIES}
            ),
            "can_manage": True,
            **_suppressions_context(actor.organization, form),
        }
        return render(request, "dashboard/settings/sla.html", context, status=400)
    allow = form.cleaned_data["in_code_suppressions"]
    organization_in_code_suppressions_update(actor=actor, allow=allow, request=request)
    if allow:
        messages.success(request, "trace-ignore comments are honoured from the next scan on.")
    else:
        messages.success(request, "trace-ignore comments are not honoured from the next scan on.")
    return redirect("dashboard:settings_sla")


@require_http_methods(["GET", "POST"])
@membership_required()
def pull_request_gate(request: HttpRequest) -> HttpResponse:
    """Settings → Pull-request checks: the gate every pull request's check follows."""
    actor = request_membership(request)
    organization = actor.organization
    current = {
        "severity": organization.pr_gate_severity,
        "engines": list(organization.pr_gate_engines or []),
    }
    form = PullRequestGateForm(request.POST or None, initial=current)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            organization_pr_gate_update(
                actor=actor,
                severity=form.cleaned_data["severity"],
                engines=list(form.cleaned_data["engines"]),
                request=request,
            )
            messages.success(request, "Gate saved. The next pull-request check follows it.")
            return redirect("dashboard:settings_pull_request_gate")
        status = 400
    context = {
        "form": form,
        "current": current,
        "can_manage": role_at_least(actor.role, Role.ADMIN),
    }
    return render(request, "dashboard/settings/pull_request_gate.html", context, status=status)
