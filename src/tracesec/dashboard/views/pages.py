"""Organization switch and create. (Overview, Repositories and Findings are served by the
scans/findings apps; see `dashboard/urls.py`.)"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from tracesec.accounts.models import User
from tracesec.common.errors import ApplicationError, NotFoundError
from tracesec.dashboard.decorators import safe_back
from tracesec.dashboard.forms import OrganizationForm
from tracesec.organizations.access import access_organization_by_id
from tracesec.organizations.middleware import set_current_organization
from tracesec.organizations.services import organization_create


@require_POST
@login_required
def organization_switch(request: HttpRequest) -> HttpResponse:
    raw = request.POST.get("organization_id", "")
    try:
        membership = access_organization_by_id(request.user, int(raw))
    except (ValueError, NotFoundError):
        messages.error(request, "That organization is not available to you.")
        return redirect("dashboard:overview")
    set_current_organization(request, membership.organization_id)
    messages.info(request, f"Switched to {membership.organization.name}.")
    return redirect(safe_back(request, "/"))


@require_http_methods(["GET", "POST"])
@login_required
def organization_create_view(request: HttpRequest) -> HttpResponse:
    form = OrganizationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            owner = request.user
            assert isinstance(owner, User)  # login_required
            try:
                organization = organization_create(
                    name=form.cleaned_data["name"], owner=owner, request=request
                )
            except ApplicationError as exc:
                form.add_error("name", exc.message)
            else:
                set_current_organization(request, organization.pk)
                messages.success(request, f"{organization.name} is ready.")
                return redirect("dashboard:overview")
    return render(request, "dashboard/organization_create.html", {"form": form}, status=status)
