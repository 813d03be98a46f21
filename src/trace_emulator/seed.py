"""Seed files: workspaces, members and repositories (real git repos built from fixture trees).

Format (YAML):

    users:
      - {nickname: ada, display_name: Ada Admin, account_id: "712020:…"}   # ids optional
    workspaces:
      - slug: acme
        name: Acme Corp
        uuid: 4c16a397-…                      # optional; derived from the slug otherwise
        members: [{user: ada, admin: true}, {user: max, admin: false}]
        projects: [{key: PAY, name: Payments}]
        repositories:
          - {slug: payments-api, project: PAY, language: python, fixture: repos/payments-api}
        generate: {count: 250, prefix: service, project: GEN}   # optional bulk repos

A fixture directory holds `history.yaml`:

    commits:
      - {message: "Initial import", author: "Ada <ada@acme.test>",
         date: "2024-03-02T10:11:12Z", tree: v1, delete: [old/file]}

`tree` is a sub-directory whose files are written by that commit (overlay); `delete` removes
paths. `@@FAKE:kind[:label]@@` placeholders are replaced with fake credentials (fakesecrets.py).
Repositories are built lazily (on first git access or push), so start-up stays fast.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trace_emulator import fakesecrets, gitstore, yamlio
from trace_emulator.model import Project, Repository, User, Workspace, World, stable_uuid

logger = logging.getLogger(__name__)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO_SEED = FIXTURES / "demo-seed.yml"


class SeedError(ValueError):
    pass


def parse_timestamp(value: Any, default: float) -> float:
    if value is None:
        return default
    if isinstance(value, datetime):
        return value.replace(tzinfo=value.tzinfo or UTC).timestamp()
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError as exc:
        raise SeedError(f"bad timestamp {value!r}") from exc


def _account_id(nickname: str) -> str:
    return "712020:" + stable_uuid("user", nickname)


def load_seed(world: World, path: Path) -> None:
    try:
        data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yamlio.YAMLError) as exc:
        raise SeedError(f"cannot read seed {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise SeedError("seed must be a mapping")
    base = path.parent
    for u in data.get("users") or []:
        nick = str(u["nickname"])
        user = User(
            account_id=str(u.get("account_id") or _account_id(nick)),
            uuid=str(u.get("uuid") or stable_uuid("user-uuid", nick)),
            nickname=nick,
            display_name=str(u.get("display_name") or nick),
        )
        world.users[user.account_id] = user
    for w in data.get("workspaces") or []:
        add_workspace(world, w, base)


def add_workspace(world: World, w: dict[str, Any], base: Path) -> Workspace:
    slug = str(w["slug"]).lower()
    if world.workspace(slug) is not None:
        raise SeedError(f"duplicate workspace {slug}")
    created = parse_timestamp(w.get("created_on"), 1_700_000_000.0)
    ws = Workspace(
        uuid=str(w.get("uuid") or stable_uuid("workspace", slug)).lower(),
        slug=slug,
        name=str(w.get("name") or slug),
        is_private=bool(w.get("is_private", True)),
        created_on=created,
        updated_on=parse_timestamp(w.get("updated_on"), created),
    )
    for m in w.get("members") or []:
        user = world.user(str(m["user"]))
        if user is None:
            raise SeedError(f"workspace {slug}: unknown member {m['user']}")
        ws.members[user.account_id] = bool(m.get("admin", False))
    for p in w.get("projects") or []:
        key = str(p["key"])
        ws.projects[key] = Project(
            key=key, uuid=stable_uuid("project", slug, key), name=str(p.get("name") or key)
        )
    world.workspaces.append(ws)
    for r in w.get("repositories") or []:
        spec = dict(r)
        if "fixture" in spec:
            spec["fixture"] = str((base / spec["fixture"]).resolve())
        add_repository(world, ws, spec)
    gen = w.get("generate")
    if gen:
        count = int(gen.get("count", 0))
        prefix = str(gen.get("prefix", "repo"))
        project = gen.get("project")
        if project and project not in ws.projects:
            ws.projects[project] = Project(project, stable_uuid("project", slug, project), project)
        languages = ["python", "javascript", "java", "go", "typescript", ""]
        for i in range(count):
            add_repository(
                world,
                ws,
                {
                    "slug": f"{prefix}-{i:03d}",
                    "project": project,
                    "language": languages[i % len(languages)],
                    "is_private": i % 7 != 0,
                    # spread updated_on so `sort` and `updated_on>` filters are meaningful
                    "updated_on": datetime.fromtimestamp(1_750_000_000 + i * 3600, UTC),
                    "generated": True,
                },
            )
    return ws


def add_repository(world: World, ws: Workspace, spec: dict[str, Any]) -> Repository:
    slug = str(spec["slug"]).lower()
    if ws.find_repository(slug) is not None:
        raise SeedError(f"repository {ws.slug}/{slug} already exists")
    project = spec.get("project")
    if project and project not in ws.projects:
        ws.projects[project] = Project(project, stable_uuid("project", ws.slug, project), project)
    created = parse_timestamp(spec.get("created_on"), 1_709_374_272.0)
    source: dict[str, Any] = {}
    if spec.get("fixture"):
        source["fixture"] = spec["fixture"]
    elif spec.get("generated"):
        source["generated"] = True
    repo = Repository(
        uuid=str(spec.get("uuid") or stable_uuid("repository", ws.uuid, slug)).lower(),
        slug=slug,
        name=str(spec.get("name") or slug),
        workspace_uuid=ws.uuid,
        description=str(spec.get("description") or ""),
        is_private=bool(spec.get("is_private", True)),
        language=str(spec.get("language") or ""),
        project_key=project,
        created_on=created,
        updated_on=parse_timestamp(spec.get("updated_on"), created),
        size=int(spec.get("size") or 0),
        restricted=bool(spec.get("restricted", False)),
        source=source,
    )
    ws.repositories.append(repo)
    return repo


def ensure_built(world: World, repo: Repository) -> Path:
    """Create the bare repository on first use (fixture history or a one-commit README)."""
    git_dir = world.git_dir(repo)
    with repo.lock:
        if repo.built and git_dir.exists():
            return git_dir
        if not (git_dir / "HEAD").exists():
            gitstore.init_bare(git_dir)
            if "fixture" in repo.source:
                build_fixture(git_dir, Path(repo.source["fixture"]))
            else:
                gitstore.commit_files(
                    git_dir,
                    {"README.md": f"# {repo.name}\n\nGenerated repository.\n".encode()},
                    message="Initial commit",
                    author=gitstore.Author("Emulator", "emulator@example.test"),
                    date="2024-03-02T10:11:12Z",
                )
        repo.size = gitstore.repo_size(git_dir)
        repo.built = True
    return git_dir


def build_fixture(git_dir: Path, fixture: Path) -> None:
    """Commit a fixture's history (``history.yaml``) into the bare repository ``git_dir``."""
    history_file = fixture / "history.yaml"
    try:
        history = yamlio.safe_load(history_file.read_text(encoding="utf-8")) or {}
    except (OSError, yamlio.YAMLError) as exc:
        raise SeedError(f"cannot read {history_file}: {exc}") from exc
    for commit in history.get("commits") or []:
        files: dict[str, bytes | None] = {}
        tree = commit.get("tree")
        if tree:
            root = (fixture / tree).resolve()
            if not root.is_relative_to(fixture.resolve()):
                raise SeedError(f"fixture tree escapes its directory: {tree}")
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    rel = path.relative_to(root).as_posix()
                    files[rel] = fakesecrets.substitute(path.read_bytes())
        for rel in commit.get("delete") or []:
            files[str(rel)] = None
        gitstore.commit_files(
            git_dir,
            files,
            message=str(commit.get("message", "Update")),
            author=gitstore.Author.parse(str(commit.get("author", "Emulator <emu@example.test>"))),
            date=str(commit.get("date", "2024-03-02T10:11:12Z")),
        )
