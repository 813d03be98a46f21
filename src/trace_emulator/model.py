"""The emulator's in-memory world: users, workspaces, repositories, installations."""

from __future__ import annotations

import threading
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NAMESPACE = uuidlib.UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")


def stable_uuid(*parts: str) -> str:
    """Deterministic UUIDs for seeded objects, so ids survive restarts."""
    return str(uuidlib.uuid5(NAMESPACE, "/".join(parts)))


def strip_braces(value: str) -> str:
    return value.strip().strip("{}").lower()


def braces(value: str) -> str:
    return "{" + strip_braces(value) + "}"


@dataclass
class User:
    account_id: str
    uuid: str
    nickname: str
    display_name: str


@dataclass
class Project:
    key: str
    uuid: str
    name: str


@dataclass
class Repository:
    uuid: str  # without braces
    slug: str
    name: str
    workspace_uuid: str
    description: str = ""
    is_private: bool = True
    language: str = ""
    project_key: str | None = None
    created_on: float = 0.0
    updated_on: float = 0.0
    size: int = 0
    mainbranch: str = "main"
    fork_policy: str = "no_public_forks"
    # Hidden from the app bot when `bot_sees_all_repositories` is off (§10.8).
    restricted: bool = False
    # How to build the bare repo on first use: {"fixture": dir} or {"generated": True}.
    source: dict[str, Any] = field(default_factory=dict)
    built: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


@dataclass
class Workspace:
    uuid: str  # without braces
    slug: str
    name: str
    is_private: bool = True
    created_on: float = 0.0
    updated_on: float = 0.0
    members: dict[str, bool] = field(default_factory=dict)  # account_id -> is admin
    projects: dict[str, Project] = field(default_factory=dict)
    repositories: list[Repository] = field(default_factory=list)

    def find_repository(self, ident: str) -> Repository | None:
        if ident.startswith("{") or _looks_like_uuid(ident):
            wanted = strip_braces(ident)
            return next((r for r in self.repositories if r.uuid == wanted), None)
        wanted = ident.lower()
        return next((r for r in self.repositories if r.slug == wanted), None)


@dataclass
class Installation:
    uuid: str
    workspace_uuid: str
    installer_account_id: str
    app_version: str
    scopes: list[str]
    created_at: float
    status: str = "active"  # active | uninstalled
    uninstalled_at: float | None = None
    # web trigger module key -> URL id (stable per installation until deleteUrl/forceCreate)
    webtrigger_ids: dict[str, str] = field(default_factory=dict)
    last_details_call: float | None = None

    def public(self, base_url: str | None = None) -> dict[str, Any]:
        urls = {
            key: f"{base_url}/wt/{self.uuid}/public/{wt_id}"
            for key, wt_id in self.webtrigger_ids.items()
        }
        return {
            "id": self.uuid,
            "ari": f"ari:cloud:ecosystem::installation/{self.uuid}",
            "workspaceUuid": self.workspace_uuid,
            "installerAccountId": self.installer_account_id,
            "appVersion": self.app_version,
            "scopes": self.scopes,
            "status": self.status,
            "createdAt": self.created_at,
            "uninstalledAt": self.uninstalled_at,
            "webTriggers": dict(self.webtrigger_ids),
            "webTriggerUrls": urls if base_url else {},
        }


class World:
    """All mutable state, guarded by one lock (operations are short)."""

    def __init__(self, git_root: Path) -> None:
        self.git_root = git_root
        self.users: dict[str, User] = {}
        self.workspaces: list[Workspace] = []
        self.installations: dict[str, Installation] = {}
        self.lock = threading.RLock()

    def user(self, ident: str) -> User | None:
        return self.users.get(ident) or next(
            (u for u in self.users.values() if u.nickname == ident), None
        )

    def workspace(self, ident: str) -> Workspace | None:
        if ident.startswith("{") or _looks_like_uuid(ident):
            wanted = strip_braces(ident)
            return next((w for w in self.workspaces if w.uuid == wanted), None)
        wanted = ident.lower()
        return next((w for w in self.workspaces if w.slug == wanted), None)

    def git_dir(self, repo: Repository) -> Path:
        return self.git_root / f"{repo.uuid}.git"

    def active_installation(self, workspace_uuid: str) -> Installation | None:
        return next(
            (
                i
                for i in self.installations.values()
                if i.workspace_uuid == workspace_uuid and i.status == "active"
            ),
            None,
        )


def _looks_like_uuid(value: str) -> bool:
    try:
        uuidlib.UUID(value)
    except ValueError:
        return False
    return len(value) == 36
