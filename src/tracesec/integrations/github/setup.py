"""Connecting an organization: Install on GitHub → callback → verified binding (ARCHITECTURE 3.6).

GitHub's documentation warns that the `installation_id` on the way back can be spoofed, so it is
never trusted alone. The install flow carries a `state` that is single use, short-lived and bound
to the signed-in user and the Trace organization (only its HMAC is stored). On the way back the
OAuth `code` is exchanged for a user access token, and the installation is bound only if
`GET /user/installations` — GitHub's list of this app's installations *that user* can access —
names it. An installation is bound to one organization for life.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from tracesec.audit.services import audit_record
from tracesec.integrations.github.app_secrets import AppSecret, AppSecretMissing, app_secret_open
from tracesec.integrations.github.client import (
    GitHubClient,
    GitHubError,
    RemoteInstallation,
    oauth_exchange,
)
from tracesec.integrations.github.config import api_base_url, app_id, state_hmac_key, web_base_url
from tracesec.integrations.github.lifecycle import installation_record
from tracesec.integrations.github.tasks import connection_sync_enqueue
from tracesec.integrations.models import (
    Connection,
    ConnectionStatus,
    GitHubInstallation,
    GitHubInstallationStatus,
    GitHubSetupState,
    Provider,
)
from tracesec.integrations.services import connection_activate
from tracesec.organizations.models import Membership, Role

logger = logging.getLogger(__name__)

_STATE = re.compile(r"^[A-Za-z0-9_-]{32,128}$")
_INSTALLATION_ID = re.compile(r"^[1-9][0-9]{0,18}$")
_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,200}$")


class SetupError(Exception):
    """The binding was refused. `message` is safe to show; nothing was bound."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _state_hmac(state: str) -> str:
    return hmac.new(state_hmac_key(), state.encode(), hashlib.sha256).hexdigest()


def setup_state_issue(*, actor: Membership) -> str:
    """A fresh state for one install flow by this admin for this organization."""
    state = secrets.token_urlsafe(32)
    GitHubSetupState.objects.create(
        state_hmac=_state_hmac(state),
        user_id=actor.user_id,
        organization_id=actor.organization_id,
        expires_at=timezone.now() + timedelta(seconds=settings.GITHUB_SETUP_STATE_TTL_SECONDS),
    )
    return state


def setup_complete(
    *,
    user: Any,
    state: str,
    code: str,
    installation_id: str,
    request: HttpRequest | None = None,
) -> Connection:
    """Verify and bind. Every refusal raises SetupError and binds nothing."""
    organization_id = _state_consume(user=user, state=state)
    try:
        membership = Membership.objects.select_related("organization").get(
            user=user, organization_id=organization_id
        )
    except Membership.DoesNotExist:
        raise SetupError("not_member", "You are no longer a member of that organization.") from None
    try:
        if not membership.has_role(Role.ADMIN):
            raise SetupError("not_admin", "Only organization admins can connect GitHub.")
        if not _INSTALLATION_ID.match(installation_id or ""):
            raise SetupError("bad_installation", "GitHub did not name an installation.")
        if not _CODE.match(code or ""):
            raise SetupError(
                "no_code",
                "GitHub did not send an authorization code. Enable “Request user authorization "
                "(OAuth) during installation” on the app, then try again.",
            )
        remote = _verified_installation(code=code, installation_id=int(installation_id))
        return _bind(membership=membership, remote=remote, request=request)
    except SetupError as refused:
        audit_record(
            action="integration.github.bind_refused",
            organization=membership.organization,
            actor=user,
            data={"reason": refused.code, "installation_id": installation_id[:20]},
            request=request,
        )
        raise


def _state_consume(*, user: Any, state: str) -> int:
    """Burn the state (whatever happens next) and return its organization."""
    if not isinstance(state, str) or not _STATE.match(state):
        raise SetupError("bad_state", "This link is not from a Trace install flow. Start again.")
    with transaction.atomic():
        row = (
            GitHubSetupState.objects.select_for_update()
            .filter(state_hmac=_state_hmac(state))
            .first()
        )
        if row is None or row.used_at is not None:
            raise SetupError(
                "bad_state", "This install link was already used or is unknown. Start again."
            )
        row.used_at = timezone.now()
        row.save(update_fields=["used_at"])
    if row.user_id != getattr(user, "pk", None):
        raise SetupError("bad_state", "This install flow was started by someone else.")
    if row.expires_at <= timezone.now():
        raise SetupError("expired_state", "This install flow expired. Start again.")
    return row.organization_id


def _verified_installation(*, code: str, installation_id: int) -> RemoteInstallation:
    try:
        client_secret = app_secret_open(AppSecret.CLIENT_SECRET).decode()
    except AppSecretMissing:
        raise SetupError("not_configured", "The GitHub App is not fully configured.") from None
    try:
        user_token = oauth_exchange(
            web_base_url=web_base_url(),
            client_id=settings.GITHUB_APP_CLIENT_ID,
            client_secret=client_secret,
            code=code,
        )
        del client_secret
        with GitHubClient(
            api_base_url=api_base_url(),
            token=user_token,
            max_wait_seconds=float(settings.GITHUB_MAX_RATE_LIMIT_WAIT_SECONDS),
        ) as client:
            del user_token
            installations = client.list_user_installations()
    except GitHubError as error:
        logger.warning(
            "github.setup.verify_failed", extra={"code": error.code, "status": error.status}
        )
        raise SetupError(
            "verify_failed", "GitHub could not confirm your access to that installation."
        ) from None
    for remote in installations:
        if remote.id == installation_id and str(remote.app_id) == app_id():
            return remote
    raise SetupError(
        "not_accessible",
        "Your GitHub account cannot access that installation of the Trace app, so it was not "
        "connected.",
    )


def _bind(
    *, membership: Membership, remote: RemoteInstallation, request: HttpRequest | None
) -> Connection:
    installation_record(remote=remote)
    organization = membership.organization
    with transaction.atomic():
        installation = GitHubInstallation.objects.select_for_update().get(installation_id=remote.id)
        if installation.status == GitHubInstallationStatus.DELETED:
            raise SetupError("uninstalled", "That installation was uninstalled from GitHub.")
        if installation.connection_id is not None:
            bound = Connection.objects.get(pk=installation.connection_id)
            if bound.organization_id != organization.pk:
                raise SetupError(
                    "bound_elsewhere",
                    "That GitHub installation is already connected to another Trace organization.",
                )
            return bound
        connection, _created = Connection.objects.get_or_create(
            organization=organization,
            provider=Provider.GITHUB,
            external_id=str(remote.account_id),
            defaults={"connected_by": membership.user, "status": ConnectionStatus.ACTIVE},
        )
        connection.slug = remote.account_login[:200]
        connection.display_name = remote.account_login[:200]
        connection.connected_by = membership.user
        connection.connected_at = timezone.now()
        connection.save()
        installation.connection = connection
        installation.status = (
            GitHubInstallationStatus.SUSPENDED
            if remote.suspended
            else GitHubInstallationStatus.BOUND
        )
        installation.bound_at = timezone.now()
        installation.bound_by = membership.user
        installation.save()
        if not remote.suspended and connection.status == ConnectionStatus.INACTIVE:
            connection_activate(connection_id=connection.pk, reason="github_installation_bound")
        audit_record(
            action="integration.connected",
            organization=organization,
            actor=membership.user,
            target=connection,
            data={
                "provider": "github",
                "installation_id": remote.id,
                "account": remote.account_login,
            },
            request=request,
        )
        if not remote.suspended:
            connection_sync_enqueue(connection_id=connection.pk)
    logger.info("github.installation.bound", extra={"installation_id": remote.id})
    return connection
