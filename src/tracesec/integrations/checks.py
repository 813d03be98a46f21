"""The one door to publishing a pull-request check: ``check_start``, ``check_complete`` and
``check_completed_conclusion``.

Scans describe the check in plain data (``CheckOutcome``, ``CheckAnnotation``); the provider
turns it into its own API calls with a just-in-time token for this one job. Only GitHub has
checks today (Bitbucket's Code Insights need a scope Trace's app does not hold; see
docs/bitbucket-pr-checks.md). Errors are ``CheckPublishError`` with a message safe to
show; they never hold a token or a response body.
"""

from __future__ import annotations

from tracesec.integrations.base import CheckOutcome, CredentialError, PublishedCheck
from tracesec.integrations.github import checks as github_checks
from tracesec.integrations.github.client import GitHubError
from tracesec.integrations.models import Provider
from tracesec.repositories.models import Repository


class CheckPublishError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _require_github(repository: Repository) -> None:
    if repository.provider != Provider.GITHUB:
        raise CheckPublishError("Pull-request checks are published on GitHub only.")


def check_start(
    repository: Repository,
    *,
    scan_id: int,
    head_sha: str,
    external_id: str,
    details_url: str,
    check_run_id: int | None,
    find_existing: bool = False,
) -> PublishedCheck:
    """Create the check run *in progress* on ``head_sha`` (or set an existing one back to it,
    when a scan is resumed after its worker died). ``find_existing``: first look for a run with
    ``external_id`` on the commit (a resumed scan whose worker may have died before keeping the
    id of the run it created), so a scan never gets two runs."""
    _require_github(repository)
    try:
        return github_checks.start(
            repository,
            scan_id=scan_id,
            head_sha=head_sha,
            external_id=external_id,
            details_url=details_url,
            check_run_id=check_run_id,
            find_existing=find_existing,
        )
    except (GitHubError, CredentialError) as error:
        raise CheckPublishError(_reason(error)) from None


def check_complete(
    repository: Repository, *, scan_id: int, check_run_id: int, outcome: CheckOutcome
) -> PublishedCheck:
    """Complete the check run with ``outcome`` (annotations batched as the provider allows)."""
    _require_github(repository)
    try:
        return github_checks.complete(
            repository, scan_id=scan_id, check_run_id=check_run_id, outcome=outcome
        )
    except (GitHubError, CredentialError) as error:
        raise CheckPublishError(_reason(error)) from None


def check_completed_conclusion(
    repository: Repository, *, scan_id: int, check_run_id: int
) -> str | None:
    """How the check run concluded if the provider already has it completed (None while it is
    in progress): a publisher that may have died after completing it asks before completing
    again, so a check is never completed twice."""
    _require_github(repository)
    try:
        return github_checks.completed_conclusion(
            repository, scan_id=scan_id, check_run_id=check_run_id
        )
    except (GitHubError, CredentialError) as error:
        raise CheckPublishError(_reason(error)) from None


def _reason(error: GitHubError | CredentialError) -> str:
    if isinstance(error, CredentialError):
        return f"No access token for the check ({error.code})."
    return f"GitHub refused the check run ({error.code}, HTTP {error.status})."
