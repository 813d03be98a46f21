"""Settings → Scan schedule (admins change it; everyone sees it) and a repository's override."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.organizations.models import Role, role_at_least
from tracesec.repositories.access import access_repository_by_id
from tracesec.repositories.models import RepositoryStatus
from tracesec.schedules.forms import OrganizationScheduleForm, RepositoryScheduleForm
from tracesec.schedules.models import RepositorySchedule
from tracesec.schedules.selectors import organization_schedule
from tracesec.schedules.services import (
    schedule_set_organization,
    schedule_set_repository,
    schedules_ensure,
)
from tracesec.schedules.timing import Frequency


@membership_required()
def schedule_settings(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    can_edit = role_at_least(actor.role, Role.ADMIN)
    schedule = organization_schedule(actor.organization_id)
    form = OrganizationScheduleForm(
        initial={
            "frequency": schedule.frequency.value,
            "hour": schedule.hour,
            "weekday": schedule.weekday,
        }
    )
    if request.method == "POST":
        if not can_edit:
            messages.error(request, "Only admins can change the scan schedule.")
            return redirect("schedules:settings")
        form = OrganizationScheduleForm(request.POST)
        if form.is_valid():
            schedule = schedule_set_organization(
                organization=actor.organization,
                frequency=Frequency(form.cleaned_data["frequency"]),
                hour=form.cleaned_data["hour"],
                weekday=form.cleaned_data["weekday"],
                actor=actor.user,
                now=timezone.now(),
                request=request,
            )
            messages.success(request, f"Scan schedule saved: {schedule.describe()}.")
            return redirect("schedules:settings")
    schedules_ensure(timezone.now(), actor.organization)
    upcoming = (
        RepositorySchedule.objects.filter(
            organization=actor.organization,
            next_run_at__isnull=False,
            repository__status=RepositoryStatus.ACTIVE,  # removed ones are not run
        )
        .select_related("repository")
        .order_by("next_run_at", "id")[:10]
    )
    context = {"form": form, "schedule": schedule, "can_edit": can_edit, "upcoming": upcoming}
    return render(request, "schedules/settings.html", context, status=400 if form.errors else 200)


@require_POST
@membership_required(Role.ADMIN)
def repository_schedule(request: HttpRequest, repository_id: int) -> HttpResponse:
    actor = request_membership(request)
    repository = access_repository_by_id(actor, repository_id, minimum_role=Role.ADMIN)
    form = RepositoryScheduleForm(request.POST)
    if not form.is_valid():
        errors = "; ".join(f"{k}: {' '.join(str(m) for m in v)}" for k, v in form.errors.items())
        messages.error(request, f"Schedule not saved ({errors}).")
        return redirect("repositories:detail", repository.pk)
    row = schedule_set_repository(
        repository=repository,
        frequency=Frequency(form.cleaned_data["frequency"]),
        hour=form.cleaned_data["hour"],
        weekday=form.cleaned_data["weekday"],
        actor=actor.user,
        now=timezone.now(),
        history_secrets=form.cleaned_data["history_secrets"],
        request=request,
    )
    messages.success(request, f"Scan schedule of {repository.full_name} saved.")
    if row.next_run_at is None:
        messages.info(request, "Scheduled scans are off for this repository.")
    return redirect("repositories:detail", repository.pk)
