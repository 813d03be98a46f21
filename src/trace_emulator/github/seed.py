"""The `github:` section of a seed file: users, organizations, repositories, installations.

    github:
      users:
        - {login: olivia-owner, name: Olivia Owner}          # id optional (derived)
      organizations:
        - login: northwind
          name: Northwind Labs
          members: [{user: olivia-owner, role: admin}, {user: dan-dev, role: member}]
          repositories:
            - {name: orders-service, language: Python, fixture: repos/github/orders-service}
          generate: {count: 120, prefix: svc}               # optional bulk repositories
      installations:                                       # optional: installed at start
        - {account: northwind, repositories: all}          # or a list of names

Users may own `repositories` too. Repository git history comes from fixture directories in the
same format as the Bitbucket side's (`history.yaml` + trees, built on first use).
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trace_emulator import yamlio
from trace_emulator.github.model import Account, GhRepository, GitHubWorld
from trace_emulator.model import Repository as GitRepository
from trace_emulator.model import stable_uuid
from trace_emulator.seed import SeedError, parse_timestamp


def stable_id(kind: str, name: str, base: int) -> int:
    """Numeric ids that survive restarts (GitHub ids are integers)."""
    return base + zlib.crc32(f"{kind}/{name.lower()}".encode()) % 90_000_000


def read_section(path: Path) -> dict[str, Any]:
    try:
        data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yamlio.YAMLError) as exc:
        raise SeedError(f"cannot read seed {path}: {exc}") from exc
    section = data.get("github") if isinstance(data, dict) else None
    if section is None:
        return {}
    if not isinstance(section, dict):
        raise SeedError("the seed's github section must be a mapping")
    return section


def load(world: GitHubWorld, section: dict[str, Any], base: Path) -> list[dict[str, Any]]:
    """Fill `world`; return the installations to create once the service is running."""
    for u in section.get("users") or []:
        login = str(u["login"])
        _add_account(world, login, "User", u)
    for o in section.get("organizations") or []:
        org = _add_account(world, str(o["login"]), "Organization", o)
        for m in o.get("members") or []:
            user = world.account(str(m["user"]))
            if user is None or user.is_org():
                raise SeedError(f"organization {org.login}: unknown member {m['user']}")
            role = str(m.get("role", "member"))
            if role not in ("admin", "member"):
                raise SeedError(f"organization {org.login}: role must be admin or member")
            org.members[user.id] = role
    for spec in [*(section.get("users") or []), *(section.get("organizations") or [])]:
        owner = world.account(str(spec["login"]))
        assert owner is not None
        for r in spec.get("repositories") or []:
            r = dict(r)
            if r.get("fixture"):
                r["fixture"] = str((base / r["fixture"]).resolve())
            add_repository(world, owner, r)
        gen = spec.get("generate")
        if gen:
            for i in range(int(gen.get("count", 0))):
                add_repository(
                    world,
                    owner,
                    {
                        "name": f"{gen.get('prefix', 'repo')}-{i:03d}",
                        "private": i % 5 != 0,
                        "updated_at": datetime.fromtimestamp(1_750_000_000 + i * 3600, UTC),
                    },
                )
    return list(section.get("installations") or [])


def _add_account(world: GitHubWorld, login: str, kind: str, spec: dict[str, Any]) -> Account:
    if world.account(login) is not None:
        raise SeedError(f"duplicate GitHub account {login}")
    base = 5_000_000 if kind == "User" else 150_000_000
    account = Account(
        id=int(spec.get("id") or stable_id(kind, login, base)),
        login=login,
        type=kind,
        name=str(spec.get("name") or login),
        email=str(spec.get("email") or f"{login}@users.noreply.example.test"),
    )
    world.accounts[login.lower()] = account
    return account


def add_repository(world: GitHubWorld, owner: Account, spec: dict[str, Any]) -> GhRepository:
    name = str(spec["name"])
    if world.repository(owner.login, name) is not None:
        raise SeedError(f"repository {owner.login}/{name} already exists")
    created = parse_timestamp(spec.get("created_at"), 1_709_374_272.0)
    updated = parse_timestamp(spec.get("updated_at"), created)
    source: dict[str, Any] = (
        {"fixture": spec["fixture"]} if spec.get("fixture") else {"generated": True}
    )
    git = GitRepository(
        uuid=stable_uuid("github-repository", owner.login.lower(), name.lower()),
        slug=name.lower(),
        name=name,
        workspace_uuid="",
        source=source,
    )
    repo = GhRepository(
        id=int(spec.get("id") or stable_id("repository", f"{owner.login}/{name}", 600_000_000)),
        owner=owner,
        name=name,
        description=str(spec.get("description") or ""),
        private=bool(spec.get("private", True)),
        language=str(spec.get("language") or ""),
        created_at=created,
        updated_at=updated,
        pushed_at=updated,
        git=git,
    )
    world.repositories.append(repo)
    return repo
