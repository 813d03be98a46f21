"""The scan's one door to the integrations: a just-in-time clone credential for a repository.

Provider errors become scan outcomes here: an expected terminal condition (app uninstalled,
connection inactive, token refused) is a *halt* that marks the scan blocked; anything else
is a failure. Messages come from ``scans.state`` — never from the provider's exception text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tracesec.scans.state import ScanErrorCode


class ScanStop(Exception):
    """Stop the scan with a user-facing outcome. ``params`` fill the message placeholders."""

    blocked = False

    def __init__(self, code: ScanErrorCode, **params: str | int) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params


class ScanHalt(ScanStop):
    """Expected terminal condition: the scan is *blocked*, not failed."""

    blocked = True


class ScanFailure(ScanStop):
    pass


@dataclass(frozen=True)
class CloneCredential:
    git_base_url: str
    token: str = field(repr=False)  # never printed, logged or stored
    username: str = "x-token-auth"  # the git Basic-auth user the host expects with the token


def provider_name(repository: Any) -> str:
    provider = str(getattr(repository, "provider", "") or "")
    return {"bitbucket": "Bitbucket", "github": "GitHub"}.get(provider, provider or "provider")


def resolve_clone_credential(repository: Any, *, scan_id: int) -> CloneCredential:
    """A short-lived token to clone ``repository`` (see ARCHITECTURE 3.3)."""
    from tracesec.integrations import base as integrations

    provider_label = provider_name(repository)
    connection = getattr(repository, "connection", None)
    if connection is None or getattr(connection, "status", "active") != "active":
        raise ScanHalt(ScanErrorCode.CONNECTION_INACTIVE, provider=provider_label)
    try:
        credential = integrations.resolve_clone_credential(repository, purpose=f"scan:{scan_id}")
    except integrations.CredentialHalt as halt:
        code = (
            ScanErrorCode.REPOSITORY_REMOVED
            if getattr(halt, "code", "") == "repository_removed"
            else ScanErrorCode.CONNECTION_INACTIVE
        )
        raise ScanHalt(code, provider=provider_label) from None
    except integrations.CredentialError:
        raise ScanHalt(ScanErrorCode.CREDENTIALS_UNAVAILABLE, provider=provider_label) from None
    return CloneCredential(
        git_base_url=credential.git_base_url,
        token=credential.token,
        username=getattr(credential, "username", "x-token-auth"),
    )


def report_clone_refused(repository: Any) -> ScanHalt:
    """Git answered 401/403 to a token delivered moments ago: the app is gone or lost its access.

    The connection is marked inactive (with its reason, audited, queued scans cancelled) by the
    provider, and the scan ends as it would for an uninstalled app, so the connection is
    inactive at the latest after the next scan attempt.
    """
    from tracesec.integrations import base as integrations

    integrations.report_credential_rejected(repository)
    return ScanHalt(ScanErrorCode.CONNECTION_INACTIVE, provider=provider_name(repository))
