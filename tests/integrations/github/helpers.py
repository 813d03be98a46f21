"""Shared steps for the GitHub tests: installations on the loopback GitHub, a verified binding."""

from __future__ import annotations

from typing import Any

from tests.integrations.github.fakegithub import FakeInstallation, FakeRepository
from tests.integrations.github.github_setup import APP_ID, GitHubSetup
from tracesec.integrations.github.setup import setup_complete, setup_state_issue
from tracesec.integrations.models import Connection


def installation(
    github: GitHubSetup,
    *,
    installation_id: int = 1001,
    account_id: int = 501,
    login: str = "octo-org",
    repositories: int = 2,
    files: dict[str, str] | None = None,
) -> FakeInstallation:
    repos = [
        FakeRepository(id=installation_id * 100 + n, full_name=f"{login}/repo-{n}")
        for n in range(1, repositories + 1)
    ]
    return github.fake.install(
        FakeInstallation(
            id=installation_id,
            account_id=account_id,
            account_login=login,
            repositories=repos,
            app_id=APP_ID,
        ),
        files=files,
    )


def installation_payload(inst: FakeInstallation, action: str) -> dict[str, Any]:
    return {"action": action, "installation": inst.as_json(), "sender": {"login": "someone"}}


def bind(
    github: GitHubSetup, membership: Any, inst: FakeInstallation, *, login: str = "octo-user"
) -> Connection:
    """The whole verified flow: state issued to `membership`, user `login` can access `inst`."""
    github.fake.user_access.setdefault(login, set()).add(inst.id)
    state = setup_state_issue(actor=membership)
    return setup_complete(
        user=membership.user,
        state=state,
        code=github.fake.authorize(login),
        installation_id=str(inst.id),
    )
