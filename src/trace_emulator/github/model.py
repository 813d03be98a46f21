"""GitHub's side of the emulator's world: accounts, repositories, installations, check runs.

Numeric ids as GitHub has them (users, organizations, repositories, installations, check runs),
node ids derived from them, and the JSON shapes the REST API and webhooks share.
"""

from __future__ import annotations

import base64
import itertools
from dataclasses import dataclass, field
from typing import Any

from trace_emulator.clock import iso_z
from trace_emulator.model import Repository as GitRepository

DEFAULT_BRANCH = "main"


def node_id(kind: str, number: int) -> str:
    """An opaque GraphQL-style node id (GitHub's are base64 of a typed id)."""
    return base64.b64encode(f"0{kind}{number}".encode()).decode().rstrip("=")


@dataclass
class Account:
    """A user or an organization (GitHub's `owner`/`account`)."""

    id: int
    login: str
    type: str  # "User" | "Organization"
    name: str
    email: str = ""
    # Organization members: user id -> role ("admin" | "member").
    members: dict[int, str] = field(default_factory=dict)

    def is_org(self) -> bool:
        return self.type == "Organization"

    def simple(self, web_url: str, api_url: str) -> dict[str, Any]:
        path = "orgs" if self.is_org() else "users"
        return {
            "login": self.login,
            "id": self.id,
            "node_id": node_id("O" if self.is_org() else "U", self.id),
            "avatar_url": f"{web_url}/{self.login}.png",
            "url": f"{api_url}/{path}/{self.login}",
            "html_url": f"{web_url}/{self.login}",
            "type": self.type,
            "site_admin": False,
        }


@dataclass
class GhRepository:
    id: int
    owner: Account
    name: str
    description: str
    private: bool
    language: str
    created_at: float
    updated_at: float
    pushed_at: float
    git: GitRepository  # the bare repository on disk (built lazily by trace_emulator.seed)
    default_branch: str = DEFAULT_BRANCH

    @property
    def full_name(self) -> str:
        return f"{self.owner.login}/{self.name}"

    def minimal(self) -> dict[str, Any]:
        """The short form webhooks use in `repositories`, `repositories_added`, …"""
        return {
            "id": self.id,
            "node_id": node_id("R", self.id),
            "name": self.name,
            "full_name": self.full_name,
            "private": self.private,
        }

    def full(self, web_url: str, api_url: str) -> dict[str, Any]:
        url = f"{api_url}/repos/{self.full_name}"
        return {
            **self.minimal(),
            "owner": self.owner.simple(web_url, api_url),
            "html_url": f"{web_url}/{self.full_name}",
            "description": self.description or None,
            "fork": False,
            "url": url,
            "clone_url": f"{web_url}/{self.full_name}.git",
            "git_url": f"{web_url}/{self.full_name}.git",
            "language": self.language or None,
            "size": self.git.size // 1024,
            "default_branch": self.default_branch,
            "visibility": "private" if self.private else "public",
            "archived": False,
            "disabled": False,
            "created_at": iso_z(self.created_at),
            "updated_at": iso_z(self.updated_at),
            "pushed_at": iso_z(self.pushed_at),
        }


@dataclass
class Installation:
    id: int
    account: Account
    repository_selection: str  # "all" | "selected"
    repository_ids: set[int]  # the selection when "selected"
    permissions: dict[str, str]
    events: list[str]
    created_at: float
    updated_at: float
    installer_id: int
    suspended_at: float | None = None
    suspended_by: int | None = None
    deleted: bool = False

    def active(self) -> bool:
        return not self.deleted and self.suspended_at is None


@dataclass
class CheckRun:
    id: int
    repository_id: int
    name: str
    head_sha: str
    status: str
    conclusion: str | None
    started_at: float
    completed_at: float | None
    details_url: str | None
    external_id: str | None
    output: dict[str, Any]
    annotations: list[dict[str, Any]] = field(default_factory=list)
    installation_id: int | None = None
    # Each request's annotations (batch sizes), for tests that assert batching.
    annotation_batches: list[int] = field(default_factory=list)


@dataclass
class PullRequest:
    number: int
    id: int
    repository_id: int
    title: str
    head_ref: str
    base_ref: str
    head_sha: str
    base_sha: str
    user_id: int
    created_at: float
    updated_at: float
    state: str = "open"
    merged: bool = False


class GitHubWorld:
    """Every GitHub object the emulator holds (in memory, rebuilt from the seed at start)."""

    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}  # login (lower case) -> account
        self.repositories: list[GhRepository] = []
        self.installations: dict[int, Installation] = {}
        self.check_runs: dict[int, CheckRun] = {}
        self.pulls: dict[int, list[PullRequest]] = {}  # repository id -> pull requests
        self.authorized: set[int] = set()  # users who authorized the app (OAuth)
        self.installation_ids = itertools.count(52_000_001)
        self.check_run_ids = itertools.count(31_000_000_001)
        self.pull_ids = itertools.count(2_100_000_001)

    def account(self, login: str) -> Account | None:
        return self.accounts.get(login.lower())

    def account_by_id(self, account_id: int) -> Account | None:
        return next((a for a in self.accounts.values() if a.id == account_id), None)

    def users(self) -> list[Account]:
        return [a for a in self.accounts.values() if not a.is_org()]

    def repository(self, owner: str, name: str) -> GhRepository | None:
        wanted = f"{owner}/{name}".lower()
        return next((r for r in self.repositories if r.full_name.lower() == wanted), None)

    def repository_by_id(self, repo_id: int) -> GhRepository | None:
        return next((r for r in self.repositories if r.id == repo_id), None)

    def owned_by(self, account: Account) -> list[GhRepository]:
        return [r for r in self.repositories if r.owner.id == account.id]

    def installation_for(self, account: Account) -> Installation | None:
        return next(
            (
                i
                for i in self.installations.values()
                if i.account.id == account.id and not i.deleted
            ),
            None,
        )

    def installation_repositories(self, inst: Installation) -> list[GhRepository]:
        owned = self.owned_by(inst.account)
        if inst.repository_selection == "all":
            return owned
        return [r for r in owned if r.id in inst.repository_ids]

    def can_access(self, user: Account, inst: Installation) -> bool:
        """GET /user/installations: the user's own account, or an organization they belong to."""
        if inst.account.id == user.id:
            return True
        return inst.account.is_org() and user.id in inst.account.members

    def can_install(self, user: Account, account: Account) -> bool:
        """Only the account itself, or an organization owner, installs an app on it."""
        if account.id == user.id:
            return True
        return account.is_org() and account.members.get(user.id) == "admin"
