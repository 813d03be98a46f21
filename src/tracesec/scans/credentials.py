"""Credential errors become scan outcomes; that is all scans do with credentials.

The credential itself comes from ``integrations.credentials.resolve_clone_credential`` (the one
door, which also checks the repository and its connection). A halt marks the scan *blocked*
with words from ``scans.state``; a retryable credential error also blocks it, because the
worker does not retry within a scan and the user's next step is the same (check the app).
The scan holds its credential only while it clones (``clone_credential_held``); the provider then
releases it (GitHub revokes the installation token).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from tracesec.integrations.base import Credential, CredentialError, CredentialHalt, HaltCode
from tracesec.integrations.credentials import (
    release_clone_credential,
    report_credential_rejected,
    resolve_clone_credential,
)
from tracesec.integrations.registry import provider_label
from tracesec.repositories.models import Repository
from tracesec.scans.outcomes import ScanHalt
from tracesec.scans.state import ScanErrorCode

HALT_OUTCOMES: Mapping[str, ScanErrorCode] = {
    HaltCode.REPOSITORY_REMOVED: ScanErrorCode.REPOSITORY_REMOVED,
    HaltCode.CONNECTION_INACTIVE: ScanErrorCode.CONNECTION_INACTIVE,
}


def scan_outcome_for(error: CredentialError) -> ScanErrorCode:
    if isinstance(error, CredentialHalt):
        return HALT_OUTCOMES.get(error.code, ScanErrorCode.CONNECTION_INACTIVE)
    return ScanErrorCode.CREDENTIALS_UNAVAILABLE


def credential_for_scan(repository: Repository, *, scan_id: int) -> Credential:
    """A short-lived token to clone ``repository`` for scan ``scan_id``, or a ``ScanHalt``."""
    try:
        return resolve_clone_credential(repository, purpose=f"scan:{scan_id}")
    except CredentialError as error:
        code = scan_outcome_for(error)
        raise ScanHalt(code, provider=provider_label(repository.provider)) from None


@contextmanager
def clone_credential_held(repository: Repository, *, scan_id: int) -> Iterator[Credential]:
    """``credential_for_scan`` for the length of the block; released when it ends, whether the
    clone worked or failed."""
    credential = credential_for_scan(repository, scan_id=scan_id)
    try:
        yield credential
    finally:
        release_clone_credential(repository, credential)


def report_clone_refused(repository: Repository) -> ScanHalt:
    """Git answered 401/403 to a token delivered moments ago: the app is gone or lost its access.

    The connection is marked inactive (with its reason, audited, queued scans cancelled) by the
    provider, and the scan ends as it would for an uninstalled app, so the connection is
    inactive at the latest after the next scan attempt.
    """
    report_credential_rejected(repository)
    return ScanHalt(ScanErrorCode.CONNECTION_INACTIVE, provider=provider_label(repository.provider))
