"""Settings → Integrations → GitHub (Install on GitHub, connections, re-sync), the install
callback, and the webhook endpoint."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from tracesec.common.errors import ApplicationError, NotFoundError
from tracesec.dashboard.decorators import membership_required, request_membership
from tracesec.integrations.access import access_connection_by_id
from tracesec.integrations.github.app_secrets import (
    AppSecret,
    AppSecretMissing,
    app_secret_open,
)
from tracesec.integrations.github.config import install_url, is_configured, web_base_url
from tracesec.integrations.github.setup import SetupError, setup_complete, setup_state_issue
from tracesec.integrations.github.tasks import connection_sync_enqueue
from tracesec.integrations.github.webhooks import webhook_receive
from tracesec.integrations.models import Connection, Provider, SyncStatus
from tracesec.integrations.selectors import connection_list
from tracesec.organizations.models import Membership, Role

PAGE = "/settings/integrations/github/"
# What the shared connection card (integrations/_connection.html) shows of a GitHub account.
CARD = {
    "card_view": "github:card",
    "resync_view": "github:resync",
    "heading": "integrations/github/_connection_heading.html",
    "identity": "integrations/github/_connection_identity.html",
}


def _context(actor: Membership, **extra: object) -> dict[str, object]:
    return {
        "connections": list(
            connection_list(organization_id=actor.organization_id, provider=Provider.GITHUB)
        ),
        "can_manage": actor.has_role(Role.ADMIN),
        "card": CARD,
        "configured": is_configured(),
        "github_web_url": web_base_url(),
        **extra,
    }


@require_GET
@membership_required()
def github_page(request: HttpRequest) -> HttpResponse:
    return render(request, "integrations/github/page.html", _context(request_membership(request)))


@require_POST
@membership_required(Role.ADMIN)
def github_install(request: HttpRequest) -> HttpResponse:
    if not is_configured():
        raise ApplicationError("The GitHub App is not configured on this Trace server.")
    return redirect(install_url(setup_state_issue(actor=request_membership(request))))


@require_GET
def github_setup(request: HttpRequest) -> HttpResponse:
    """GitHub's callback after install + authorization: `installation_id`, `code`, `state`."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.GET.get("setup_action") == "request":
        messages.info(
            request,
            "GitHub sent the installation to an organization owner for approval. Once it is "
            "approved, start Install on GitHub again to connect it.",
        )
        return redirect(PAGE)
    try:
        connection = setup_complete(
            user=request.user,
            state=request.GET.get("state", ""),
            code=request.GET.get("code", ""),
            installation_id=request.GET.get("installation_id", ""),
            request=request,
        )
    except SetupError as error:
        membership = getattr(request, "membership", None)
        if membership is None:
            return render(request, "403.html", {"reason": error.message}, status=400)
        return render(
            request,
            "integrations/github/page.html",
            _context(membership, setup_error=error.message),
            status=400,
        )
    messages.success(request, "GitHub connected. Trace is listing its repositories now.")
    return redirect(f"{PAGE}#connection-{connection.pk}")


@require_POST
@membership_required(Role.ADMIN)
def github_resync(request: HttpRequest, connection_id: int) -> HttpResponse:
    connection = _github_connection(request, connection_id, minimum_role=Role.ADMIN)
    if not connection.is_active:
        raise ApplicationError("This connection is inactive. Install the app on GitHub again.")
    if connection.last_sync_status not in {SyncStatus.QUEUED, SyncStatus.RUNNING}:
        connection_sync_enqueue(connection_id=connection.pk)
    if request.htmx:  # type: ignore[attr-defined]
        return _card(request, connection)
    messages.info(request, "Re-sync started.")
    return redirect(f"{PAGE}#connection-{connection.pk}")


@require_GET
@membership_required()
def github_connection_card(request: HttpRequest, connection_id: int) -> HttpResponse:
    return _card(request, _github_connection(request, connection_id))


def _github_connection(
    request: HttpRequest, connection_id: int, *, minimum_role: str = Role.VIEWER
) -> Connection:
    connection = access_connection_by_id(
        request_membership(request), connection_id, minimum_role=minimum_role
    )
    if connection.provider != Provider.GITHUB:
        raise NotFoundError("Connection not found.")
    return connection


def _card(request: HttpRequest, connection: Connection) -> HttpResponse:
    actor = request_membership(request)
    found = connection_list(organization_id=actor.organization_id, provider=Provider.GITHUB).get(
        pk=connection.pk
    )
    return render(
        request,
        "integrations/_connection.html",
        {
            "c": found,
            "can_manage": actor.has_role(Role.ADMIN),
            "card": CARD,
            "github_web_url": web_base_url(),
        },
    )


@csrf_exempt
@require_POST
def github_webhook(request: HttpRequest) -> HttpResponse:
    """The one webhook endpoint. Size cap first, then the signature over the raw bytes."""
    limit = int(settings.GITHUB_WEBHOOK_MAX_BYTES)
    try:
        declared = int(request.headers.get("Content-Length") or 0)
    except ValueError:
        return JsonResponse({"detail": "bad Content-Length"}, status=400)
    if declared > limit:
        return JsonResponse({"detail": "body too large"}, status=413)
    body = request.read(limit + 1)
    if len(body) > limit:
        return JsonResponse({"detail": "body too large"}, status=413)
    try:
        secret = app_secret_open(AppSecret.WEBHOOK_SECRET, cache=True)
    except AppSecretMissing:
        return JsonResponse({"detail": "webhooks are not configured"}, status=503)
    outcome = webhook_receive(
        secret=secret,
        event=request.headers.get("X-GitHub-Event"),
        delivery=request.headers.get("X-GitHub-Delivery"),
        signature=request.headers.get("X-Hub-Signature-256"),
        body=body,
    )
    return JsonResponse({"detail": outcome.detail}, status=outcome.status)
