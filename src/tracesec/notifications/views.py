"""Settings → Notifications (admins only): email on/off and outgoing webhooks."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from tracesec.dashboard.decorators import membership_required
from tracesec.notifications.access import access_webhook_endpoint_by_id
from tracesec.notifications.destinations import WebhookUrlRefused
from tracesec.notifications.forms import EmailSettingsForm, WebhookForm
from tracesec.notifications.selectors import webhook_delivery_recent, webhook_endpoint_list
from tracesec.notifications.services import (
    notification_settings_get,
    notification_settings_update,
    webhook_endpoint_create,
    webhook_endpoint_delete,
)
from tracesec.organizations.models import Membership, Role


def _actor(request: HttpRequest) -> Membership:
    return request.membership  # type: ignore[attr-defined,no-any-return]


def _page(
    request: HttpRequest,
    *,
    webhook_form: WebhookForm | None = None,
    new_secret: str | None = None,
    status: int = 200,
) -> HttpResponse:
    actor = _actor(request)
    current = notification_settings_get(organization_id=actor.organization_id)
    context = {
        "email_form": EmailSettingsForm(initial={"email_enabled": current.email_enabled}),
        "webhook_form": webhook_form or WebhookForm(),
        "endpoints": webhook_endpoint_list(organization_id=actor.organization_id),
        "deliveries": webhook_delivery_recent(organization_id=actor.organization_id),
        "new_secret": new_secret,
    }
    response = render(request, "notifications/settings.html", context, status=status)
    if new_secret:
        response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET"])
@membership_required(Role.ADMIN)
def notification_settings(request: HttpRequest) -> HttpResponse:
    return _page(request)


@require_POST
@membership_required(Role.ADMIN)
def email_settings(request: HttpRequest) -> HttpResponse:
    form = EmailSettingsForm(request.POST)
    form.is_valid()  # a missing checkbox is "off", never an error
    enabled = bool(form.cleaned_data.get("email_enabled"))
    notification_settings_update(actor=_actor(request), email_enabled=enabled, request=request)
    messages.success(request, f"Email notifications are {'on' if enabled else 'off'}.")
    return redirect("notifications:settings")


@require_POST
@membership_required(Role.ADMIN)
def webhook_create(request: HttpRequest) -> HttpResponse:
    form = WebhookForm(request.POST)
    if not form.is_valid():
        return _page(request, webhook_form=form, status=400)
    try:
        _endpoint, secret = webhook_endpoint_create(
            actor=_actor(request),
            url=form.cleaned_data["url"],
            fmt=form.cleaned_data["format"],
            request=request,
        )
    except WebhookUrlRefused as exc:  # shown on the field, with what was typed kept
        form.add_error("url", exc.message)
        return _page(request, webhook_form=form, status=400)
    # rendered, not redirected: the secret is shown once and never sits in the session
    messages.success(request, "Webhook added. Copy its signing secret now: it is shown once.")
    return _page(request, new_secret=secret, status=201)


@require_POST
@membership_required(Role.ADMIN)
def webhook_delete(request: HttpRequest, endpoint_id: int) -> HttpResponse:
    actor = _actor(request)
    endpoint = access_webhook_endpoint_by_id(actor, endpoint_id)
    webhook_endpoint_delete(actor=actor, endpoint=endpoint, request=request)
    messages.success(request, f"Webhook {endpoint.url} was removed.")
    return redirect("notifications:settings")
