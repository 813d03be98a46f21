"""The emulator as one object: settings, clock, keys, world, manifest and services.

`Emulator` is the Python API behind the HTTP control plane; tests normally use it through
`trace_emulator.testing` (HTTP client), but in-process callers may use it directly.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from trace_emulator import gitstore, seed
from trace_emulator.bitbucket_api import BitbucketApi
from trace_emulator.clock import Clock, iso_z
from trace_emulator.config import EmulatorConfig, validate
from trace_emulator.errors import ControlError
from trace_emulator.forge.platform import ForgePlatform
from trace_emulator.functions import FunctionRunner
from trace_emulator.git_http import GitHttp
from trace_emulator.github.service import GitHubService
from trace_emulator.keys import SigningKey
from trace_emulator.manifest import Manifest, default_manifest_path
from trace_emulator.model import World, braces
from trace_emulator.tokens import FitMinter, SystemTokenService

logger = logging.getLogger(__name__)


class Emulator:
    def __init__(self, config: EmulatorConfig) -> None:
        self.config = validate(config)
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if config.state_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="trace-emulator-")
            self.state_dir = Path(self._tmp.name)
        else:
            self.state_dir = Path(config.state_dir)
            self.state_dir.mkdir(parents=True, exist_ok=True)
        git_root = self.state_dir / "git"
        # Repositories are rebuilt from the seed on every start (the world is in memory).
        shutil.rmtree(git_root, ignore_errors=True)
        git_root.mkdir(parents=True)
        self.clock = Clock()
        persist = config.state_dir is not None
        self.fit_key = SigningKey.load_or_create(
            self.state_dir / "keys" / "fit.pem" if persist else None
        )
        token_key_path = self.state_dir / "keys" / "system-token.pem" if persist else None
        self.world = World(git_root)
        if config.seed is not None:
            seed.load_seed(self.world, Path(config.seed))
        self.fits = FitMinter(self.fit_key, self.clock)
        self.tokens = SystemTokenService(
            lambda: SigningKey.load_or_create(token_key_path), self.clock, config.app_uuid
        )
        self.manifest = self.load_manifest()
        self.forge = ForgePlatform(
            config, self.world, self.clock, self.fits, self.tokens, self.manifest
        )
        self.forge.runner = FunctionRunner(self.forge)
        self.bitbucket = BitbucketApi(self)
        self.git = GitHttp(self)
        self.github = GitHubService(self)

    def load_manifest(self, path: Path | None = None) -> Manifest:
        manifest_path = path or self.config.manifest_path or default_manifest_path()
        variables = {
            "TRACE_REMOTE_URL": self.config.remote_url,
            "TRACE_FORGE_APP_UUID": self.config.app_uuid,
            **self.config.manifest_vars,
        }
        return Manifest.load(Path(manifest_path), variables)

    def register_app(
        self, manifest: dict[str, Any] | None = None, path: str | None = None
    ) -> Manifest:
        """(Re)register the app from the real manifest file or an inline manifest dict."""
        variables = {
            "TRACE_REMOTE_URL": self.config.remote_url,
            "TRACE_FORGE_APP_UUID": self.config.app_uuid,
            **self.config.manifest_vars,
        }
        if manifest is not None:
            loaded = Manifest.from_dict(manifest, variables, "<control-plane>")
        else:
            loaded = self.load_manifest(Path(path) if path else None)
        self.manifest = loaded
        self.forge.manifest = loaded
        return loaded

    @property
    def base_url(self) -> str:
        return self.forge.base_url

    def set_base_url(self, host: str, port: int) -> None:
        self.forge.base_url = f"http://{host}:{port}"

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    # ---------------------------------------------------------------- discovery
    def info(self) -> dict[str, Any]:
        return {
            "baseUrl": self.base_url,
            "jwksUrl": f"{self.base_url}/.well-known/jwks.json",
            "appId": self.forge.app_ari,
            "appUuid": self.config.app_uuid,
            "environmentId": self.config.environment_uuid,
            "apiBaseUrl": self.forge.api_base_url,
            "gitBaseUrl": self.forge.git_base_url,
            "webTriggerBaseUrl": f"{self.base_url}/wt/",
            "installationDetailsBaseUrl": f"{self.base_url}/forge/installation/v1",
            "remoteUrl": self.config.remote_url,
            "fitIssuer": "forge/invocation-token",
            "kid": self.fit_key.kid,
            "runner": self.forge.runner.mode,
            "manifest": self.manifest.summary(),
            "github": self.github.info(),
        }

    def workspaces(self) -> list[dict[str, Any]]:
        out = []
        for ws in self.world.workspaces:
            inst = self.world.active_installation(ws.uuid)
            out.append(
                {
                    "uuid": braces(ws.uuid),
                    "slug": ws.slug,
                    "name": ws.name,
                    "members": [
                        {
                            "accountId": acc,
                            "nickname": self.world.users[acc].nickname,
                            "displayName": self.world.users[acc].display_name,
                            "admin": admin,
                        }
                        for acc, admin in ws.members.items()
                    ],
                    "repositories": len(ws.repositories),
                    "installation": inst.public(self.base_url) if inst else None,
                }
            )
        return out

    def repositories(self, ws_ident: str) -> list[dict[str, Any]]:
        ws = self._ws(ws_ident)
        return [self.bitbucket.repository_json(ws, r) for r in ws.repositories]

    def _ws(self, ident: str) -> Any:
        ws = self.world.workspace(ident)
        if ws is None:
            raise ControlError(404, f"no workspace {ident}")
        return ws

    # ---------------------------------------------------------------- repositories
    def add_repository(self, ws_ident: str, spec: dict[str, Any]) -> dict[str, Any]:
        ws = self._ws(ws_ident)
        if not spec.get("slug"):
            raise ControlError(400, "slug is required")
        now = self.clock.now()
        spec = {"created_on": iso_z(now), "updated_on": iso_z(now), **spec}
        spec.pop("fixture", None)  # control-plane repos start with a generated README
        spec["generated"] = True
        try:
            repo = seed.add_repository(self.world, ws, spec)
        except seed.SeedError as exc:
            raise ControlError(409, str(exc)) from exc
        return self.bitbucket.repository_json(ws, repo)

    def rename_repository(
        self, ws_ident: str, repo_ident: str, new_slug: str, new_name: str | None
    ) -> dict[str, Any]:
        ws = self._ws(ws_ident)
        repo = ws.find_repository(repo_ident)
        if repo is None:
            raise ControlError(404, f"no repository {repo_ident}")
        new_slug = new_slug.lower()
        clash = ws.find_repository(new_slug)
        if clash is not None and clash is not repo:
            raise ControlError(409, f"repository {new_slug} already exists")
        repo.slug = new_slug
        repo.name = new_name or new_slug
        repo.updated_on = self.clock.now()
        return self.bitbucket.repository_json(ws, repo)

    def delete_repository(self, ws_ident: str, repo_ident: str) -> None:
        ws = self._ws(ws_ident)
        repo = ws.find_repository(repo_ident)
        if repo is None:
            raise ControlError(404, f"no repository {repo_ident}")
        ws.repositories.remove(repo)
        gitstore.remove(self.world.git_dir(repo))

    def update_repository(
        self, ws_ident: str, repo_ident: str, changes: dict[str, Any]
    ) -> dict[str, Any]:
        ws = self._ws(ws_ident)
        repo = ws.find_repository(repo_ident)
        if repo is None:
            raise ControlError(404, f"no repository {repo_ident}")
        allowed = {"is_private", "description", "language", "restricted", "project_key"}
        for key, value in changes.items():
            if key not in allowed:
                raise ControlError(400, f"cannot change {key}")
            setattr(repo, key, value)
        repo.updated_on = self.clock.now()
        return self.bitbucket.repository_json(ws, repo)

    async def push_commit(
        self,
        ws_ident: str,
        repo_ident: str,
        files: dict[str, str | None],
        message: str,
        author: str | None = None,
    ) -> dict[str, Any]:
        ws = self._ws(ws_ident)
        repo = ws.find_repository(repo_ident)
        if repo is None:
            raise ControlError(404, f"no repository {repo_ident}")
        if not files:
            raise ControlError(400, "a commit needs at least one file change")
        git_dir = await asyncio.to_thread(seed.ensure_built, self.world, repo)
        before = gitstore.head_commit(git_dir, repo.mainbranch)
        try:
            sha = await asyncio.to_thread(
                gitstore.commit_text_files,
                git_dir,
                files,
                message=message,
                author=author,
                date=iso_z(self.clock.now()),
                branch=repo.mainbranch,
            )
        except gitstore.GitError as exc:
            raise ControlError(400, str(exc)) from exc
        repo.updated_on = self.clock.now()
        repo.size = gitstore.repo_size(git_dir)
        push_event = {
            "eventType": "avi:bitbucket:push:repository",
            "timestamp": self.clock.now_dt().isoformat().replace("+00:00", "Z"),
            "selfGenerated": False,
            "actor": {"type": "user", "accountId": "", "uuid": ""},
            "repository": {"uuid": braces(repo.uuid), "slug": repo.slug},
            "project": {
                "uuid": braces(ws.projects[repo.project_key].uuid) if repo.project_key else ""
            },
            "workspace": {"uuid": braces(ws.uuid)},
            "push": {
                "ref": repo.mainbranch,
                "mainbranch": True,
                "before": before,
                "after": sha,
                "created": before is None,
                "closed": False,
                "forced": False,
                "truncated": False,
                "commits": [
                    {
                        "hash": sha,
                        "message": {"value": message, "truncated": False},
                        "date": self.clock.now_dt().isoformat().replace("+00:00", "Z"),
                    }
                ],
            },
        }
        deliveries: list[dict[str, Any]] = []
        inst = self.world.active_installation(ws.uuid)
        if inst is not None:
            deliveries = await self.forge.dispatch_event(
                inst, "avi:bitbucket:push:repository", push_event
            )
        return {"commit": sha, "before": before, "deliveries": deliveries}
