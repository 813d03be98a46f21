"""Settings → Integrations → Bitbucket: how to connect, Connect workspace, connections, re-sync."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from tracesec.common.errors import ApplicationError
from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.integrations.access import access_connection_by_id
from tracesec.integrations.bitbucket.pairing import PairingError, pairing_redeem
from tracesec.integrations.bitbucket.tasks import connection_sync_enqueue
from tracesec.integrations.models import SyncStatus
from tracesec.integrations.selectors import connection_list
from tracesec.organizations.models import Membership, Role


class ConnectForm(forms.Form):
    code = forms.CharField(
        label="Pairing code",
        max_length=40,
        help_text="The code shown on the Trace page in your Bitbucket workspace settings.",
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "placeholder": "XXXX-XXXX-XXXX"}
        ),
    )


# What the shared connection card (integrations/_connection.html) shows of a Bitbucket workspace.
CARD = {
    "card_view": "bitbucket:card",
    "resync_view": "bitbucket:resync",
    "heading": "integrations/_connection_name.html",
    "identity": "integrations/bitbucket/_connection_identity.html",
}


@require_GET
@membership_required()
def bitbucket_page(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    return render(request, "integrations/bitbucket/page.html", _context(actor, ConnectForm()))


def _context(actor: Membership, form: ConnectForm) -> dict[str, object]:
    return {
        "connections": list(connection_list(organization_id=actor.organization_id)),
        "form": form,
        "can_manage": actor.has_role(Role.ADMIN),
        "card": CARD,
        "install_url": settings.TRACE_BITBUCKET_INSTALL_URL,
    }


@require_POST
@membership_required(Role.ADMIN)
def bitbucket_connect(request: HttpRequest) -> HttpResponse:
    actor = request_membership(request)
    form = ConnectForm(request.POST)
    if not form.is_valid():
        return render(
            request, "integrations/bitbucket/page.html", _context(actor, form), status=400
        )
    try:
        connection = pairing_redeem(
            actor=actor, code_text=form.cleaned_data["code"], request=request
        )
    except PairingError as error:
        form.add_error("code", error.message)
        status = 429 if error.code == "rate_limited" else 400
        return render(
            request, "integrations/bitbucket/page.html", _context(actor, form), status=status
        )
    messages.success(request, "Workspace connected. Trace is listing its repositories now.")
    return redirect(f"/settings/integrations/bitbucket/#connection-{connection.pk}")


@require_POST
@membership_required(Role.ADMIN)
def bitbucket_resync(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = access_connection_by_id(
        request_membership(request), connection_id, minimum_role=Role.ADMIN
    )
    if not connection.is_active:
        raise ApplicationError("This connection is inactive. Connect the workspace again first.")
    if connection.last_sync_status not in {SyncStatus.QUEUED, SyncStatus.RUNNING}:
        connection_sync_enqueue(connection_id=connection.pk)
    if request.htmx:  # type: ignore[attr-defined]
        connection.refresh_from_db()
        return _card(request, connection)
    messages.info(request, "Re-sync started.")
    return redirect(f"/settings/integrations/bitbucket/#connection-{connection.pk}")


@require_GET
@membership_required()
def bitbucket_connection_card(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = access_connection_by_id(request_membership(request), connection_id)
    return _card(request, connection)


def _card(request: HttpRequest, connection: object) -> HttpResponse:
    actor = request_membership(request)
    found = connection_list(organization_id=actor.organization_id).get(pk=connection.pk)  # type: ignore[attr-defined]
    return render(
        request,
        "integrations/_connection.html",
        {"c": found, "can_manage": actor.has_role(Role.ADMIN), "card": CARD},
    )
