"""GitHub's behaviour behind the HTTP surfaces: installing, configuring, suspending and deleting
installations, pushes and pull requests on seeded repositories, check-run re-requests — each
firing the webhook GitHub fires for it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from trace_emulator import gitstore
from trace_emulator import seed as git_seed
from trace_emulator.clock import iso_z
from trace_emulator.github import seed
from trace_emulator.github.app import LEVELS, GitHubApp, load_or_create_app
from trace_emulator.github.model import (
    Account,
    GhRepository,
    GitHubWorld,
    Installation,
    PullRequest,
)
from trace_emulator.github.payloads import Shapes
from trace_emulator.github.ratelimit import RateLimits
from trace_emulator.github.tokens import TokenStore
from trace_emulator.github.webhooks import Delivery, WebhookSender
from trace_emulator.host import EmulatorHost
from trace_emulator.seed import SeedError

DEFAULT_APP_ID = 1_042_317
DEFAULT_APP_SLUG = "trace-security"


class GitHubError(Exception):
    """A request the emulated GitHub refuses (control plane and browser pages)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class GitHubService:
    def __init__(self, emu: EmulatorHost) -> None:
        self.emu = emu
        self.clock = emu.clock
        self.world = GitHubWorld()
        config = emu.config
        self.app: GitHubApp = load_or_create_app(
            Path(config.state_dir) if config.state_dir else None,
            app_id=DEFAULT_APP_ID,
            slug=DEFAULT_APP_SLUG,
            remote_url=config.remote_url,
            client_id=config.github_client_id,
            urls={
                "webhook": config.github_webhook_url,
                "setup": config.github_setup_url,
                "callback": config.github_callback_url,
            },
        )
        self.tokens = TokenStore(self.clock)
        self.limits = RateLimits(self.clock)
        self.webhooks = WebhookSender(self.app, self.clock)
        self.git_log: list[dict[str, Any]] = []
        # Check App JWTs on the wall clock (the client signs them with its own clock) unless a
        # test asks for the emulator clock; installation tokens always expire on the latter.
        self.jwt_clock = "wall"
        if config.seed is not None:
            path = Path(config.seed)
            for spec in seed.load(self.world, seed.read_section(path), path.parent):
                # Seeded installations existed before the emulator started: no webhook.
                account = self.account(str(spec["account"]))
                self._create_installation(
                    account, self._default_installer(account), spec.get("repositories", "all")
                )

    # ------------------------------------------------------------------ urls and shapes
    @property
    def web_url(self) -> str:
        return self.emu.base_url + "/github"

    @property
    def api_url(self) -> str:
        return self.web_url + "/api/v3"

    @property
    def shapes(self) -> Shapes:
        return Shapes(self.web_url, self.api_url, self.app.id, self.app.slug, self.app.client_id)

    def info(self) -> dict[str, Any]:
        return {
            "webUrl": self.web_url,
            "apiUrl": self.api_url,
            "appId": self.app.id,
            "appSlug": self.app.slug,
            "clientId": self.app.client_id,
            "installUrl": f"{self.web_url}/apps/{self.app.slug}/installations/new",
            "webhookUrl": self.app.webhook_url,
            "setupUrl": self.app.setup_url,
            "callbackUrl": self.app.callback_url,
        }

    def installation_json(self, inst: Installation) -> dict[str, Any]:
        suspender = (
            self.world.account_by_id(inst.suspended_by) if inst.suspended_by is not None else None
        )
        return self.shapes.installation(inst, suspender)

    async def aclose(self) -> None:
        await self.webhooks.aclose()

    # ------------------------------------------------------------------ lookups
    def account(self, login: str) -> Account:
        account = self.world.account(login)
        if account is None:
            raise GitHubError(404, f"no GitHub account {login}")
        return account

    def user(self, login: str) -> Account:
        account = self.account(login)
        if account.is_org():
            raise GitHubError(400, f"{login} is an organization, not a user")
        return account

    def repository(self, owner: str, name: str) -> GhRepository:
        repo = self.world.repository(owner, name)
        if repo is None:
            raise GitHubError(404, f"no repository {owner}/{name}")
        return repo

    def installation(self, installation_id: int | str) -> Installation:
        try:
            inst = self.world.installations.get(int(installation_id))
        except ValueError:
            inst = None
        if inst is None or inst.deleted:
            raise GitHubError(404, f"no installation {installation_id}")
        return inst

    def covering_installation(self, repo: GhRepository) -> Installation | None:
        inst = self.world.installation_for(repo.owner)
        if inst is None or repo not in self.world.installation_repositories(inst):
            return None
        return inst

    def _resolve_repositories(self, account: Account, names: list[Any]) -> set[int]:
        ids: set[int] = set()
        for name in names:
            repo = next(
                (
                    r
                    for r in self.world.owned_by(account)
                    if r.name.lower() == str(name).lower() or str(r.id) == str(name)
                ),
                None,
            )
            if repo is None:
                raise GitHubError(404, f"{account.login} has no repository {name}")
            ids.add(repo.id)
        return ids

    # ------------------------------------------------------------------ repositories
    def create_repository(self, owner_login: str, spec: dict[str, Any]) -> GhRepository:
        """A new repository (one README commit). No webhook: Trace's App does not subscribe to
        `repository` events; an "all repositories" installation simply covers it."""
        owner = self.account(owner_login)
        if not spec.get("name"):
            raise GitHubError(400, "name is required")
        now = self.clock.now()
        spec = {"created_at": iso_z(now), "updated_at": iso_z(now), **spec}
        spec.pop("fixture", None)
        try:
            return seed.add_repository(self.world, owner, spec)
        except SeedError as exc:
            raise GitHubError(409, str(exc)) from exc

    def rename_repository(self, repo: GhRepository, new_name: str) -> GhRepository:
        """Renames keep the repository's id (what Trace's identity rules rely on)."""
        if not new_name or "/" in new_name:
            raise GitHubError(400, "a repository name is required (no slashes)")
        clash = self.world.repository(repo.owner.login, new_name)
        if clash is not None and clash is not repo:
            raise GitHubError(409, f"repository {repo.owner.login}/{new_name} already exists")
        repo.name = new_name
        repo.updated_at = self.clock.now()
        return repo

    def delete_repository(self, repo: GhRepository) -> None:
        self.world.repositories.remove(repo)
        for inst in self.world.installations.values():
            inst.repository_ids.discard(repo.id)
        gitstore.remove(self.emu.world.git_dir(repo.git))

    # ------------------------------------------------------------------ installations
    async def install(
        self, account_login: str, installer_login: str | None, repositories: Any = "all"
    ) -> tuple[Installation, Delivery | None]:
        account = self.account(account_login)
        installer = (
            self.user(installer_login) if installer_login else self._default_installer(account)
        )
        if not self.world.can_install(installer, account):
            raise GitHubError(403, f"{installer.login} cannot install apps on {account.login}")
        if self.world.installation_for(account) is not None:
            raise GitHubError(409, f"the app is already installed on {account.login}")
        inst = self._create_installation(account, installer, repositories)
        delivery = await self._installation_event(inst, "created", installer)
        return inst, delivery

    def _create_installation(
        self, account: Account, installer: Account, repositories: Any
    ) -> Installation:
        selection, ids = self._selection(account, repositories)
        now = self.clock.now()
        inst = Installation(
            id=next(self.world.installation_ids),
            account=account,
            repository_selection=selection,
            repository_ids=ids,
            permissions=dict(self.app.permissions),
            events=list(self.app.events),
            created_at=now,
            updated_at=now,
            installer_id=installer.id,
        )
        self.world.installations[inst.id] = inst
        return inst

    def _default_installer(self, account: Account) -> Account:
        if not account.is_org():
            return account
        admins = [uid for uid, role in account.members.items() if role == "admin"]
        user = self.world.account_by_id(admins[0]) if admins else None
        if user is None:
            raise GitHubError(400, f"organization {account.login} has no owner to install apps")
        return user

    def _selection(self, account: Account, repositories: Any) -> tuple[str, set[int]]:
        if repositories in (None, "all"):
            return "all", set()
        if not isinstance(repositories, list) or not repositories:
            raise GitHubError(400, 'repositories must be "all" or a non-empty list of names')
        return "selected", self._resolve_repositories(account, repositories)

    async def _installation_event(
        self, inst: Installation, action: str, sender: Account
    ) -> Delivery | None:
        payload: dict[str, Any] = {
            "action": action,
            "installation": self.installation_json(inst),
            "repositories": [r.minimal() for r in self.world.installation_repositories(inst)],
            "requester": None,
            "sender": self.shapes.account(sender),
        }
        return await self.webhooks.deliver("installation", payload, installation_id=inst.id)

    async def configure(
        self, inst: Installation, sender_login: str | None, repositories: Any
    ) -> Delivery | None:
        """Change the repository selection; fires `installation_repositories` if it changed."""
        sender = self.user(sender_login) if sender_login else self._default_installer(inst.account)
        if not self.world.can_install(sender, inst.account):
            raise GitHubError(403, f"{sender.login} cannot configure this installation")
        before = {r.id for r in self.world.installation_repositories(inst)}
        selection, ids = self._selection(inst.account, repositories)
        inst.repository_selection, inst.repository_ids = selection, ids
        return await self._repositories_changed(inst, sender, before)

    async def change_repositories(
        self, inst: Installation, add: list[Any], remove: list[Any], sender_login: str | None
    ) -> Delivery | None:
        sender = self.user(sender_login) if sender_login else self._default_installer(inst.account)
        before = {r.id for r in self.world.installation_repositories(inst)}
        adding = self._resolve_repositories(inst.account, add)
        removing = self._resolve_repositories(inst.account, remove)
        if inst.repository_selection == "all":
            if not removing:
                return None
            inst.repository_selection = "selected"
            inst.repository_ids = before
        inst.repository_ids = (inst.repository_ids | adding) - removing
        return await self._repositories_changed(inst, sender, before)

    async def _repositories_changed(
        self, inst: Installation, sender: Account, before: set[int]
    ) -> Delivery | None:
        after = {r.id for r in self.world.installation_repositories(inst)}
        added, removed = sorted(after - before), sorted(before - after)
        inst.updated_at = self.clock.now()
        delivery = None
        # One event per action: a change that adds and removes sends "added" then "removed".
        for action, ids in (("added", added), ("removed", removed)):
            if not ids:
                continue
            payload = {
                "action": action,
                "installation": self.installation_json(inst),
                "repository_selection": inst.repository_selection,
                "repositories_added": [self._minimal(i) for i in ids] if action == "added" else [],
                "repositories_removed": (
                    [self._minimal(i) for i in ids] if action == "removed" else []
                ),
                "requester": None,
                "sender": self.shapes.account(sender),
            }
            delivery = await self.webhooks.deliver(
                "installation_repositories", payload, installation_id=inst.id
            )
        return delivery

    def _minimal(self, repo_id: int) -> dict[str, Any]:
        repo = self.world.repository_by_id(repo_id)
        assert repo is not None
        return repo.minimal()

    async def suspend(self, inst: Installation, by_login: str | None) -> Delivery | None:
        if inst.suspended_at is not None:
            raise GitHubError(409, "the installation is already suspended")
        sender = self.user(by_login) if by_login else self._default_installer(inst.account)
        inst.suspended_at = self.clock.now()
        inst.suspended_by = sender.id
        inst.updated_at = inst.suspended_at
        self.tokens.revoke_installation(inst.id)
        return await self._installation_event(inst, "suspend", sender)

    async def unsuspend(self, inst: Installation, by_login: str | None) -> Delivery | None:
        if inst.suspended_at is None:
            raise GitHubError(409, "the installation is not suspended")
        sender = self.user(by_login) if by_login else self._default_installer(inst.account)
        inst.suspended_at = None
        inst.suspended_by = None
        inst.updated_at = self.clock.now()
        return await self._installation_event(inst, "unsuspend", sender)

    async def uninstall(self, inst: Installation, by_login: str | None) -> dict[str, Any]:
        sender = self.user(by_login) if by_login else self._default_installer(inst.account)
        revoked = self.tokens.revoke_installation(inst.id)
        delivery = await self._installation_event(inst, "deleted", sender)
        inst.deleted = True
        return {
            "revokedTokens": revoked,
            "delivery": delivery.summary() if delivery else None,
        }

    # ------------------------------------------------------------------ installation tokens
    def narrow(
        self,
        inst: Installation,
        repositories: Any,
        repository_ids: Any,
        permissions: Any,
    ) -> tuple[set[int] | None, dict[str, str]]:
        """Validate a token request's narrowing; raise GitHubError(422) as GitHub does."""
        ids: set[int] | None = None
        available = {r.id: r for r in self.world.installation_repositories(inst)}
        if repositories is not None or repository_ids is not None:
            wanted: set[int] = set()
            for name in repositories or []:
                match = next(
                    (r for r in available.values() if r.name.lower() == str(name).lower()), None
                )
                if match is None:
                    raise GitHubError(422, NOT_ACCESSIBLE)
                wanted.add(match.id)
            for repo_id in repository_ids or []:
                if not isinstance(repo_id, int) or repo_id not in available:
                    raise GitHubError(422, NOT_ACCESSIBLE)
                wanted.add(repo_id)
            if len(wanted) > 500:
                raise GitHubError(422, "Too many repositories were requested (maximum 500).")
            ids = wanted
        granted = dict(inst.permissions)
        if permissions is None:
            return ids, granted
        if not isinstance(permissions, dict):
            raise GitHubError(422, "permissions must be an object")
        narrowed: dict[str, str] = {}
        for name, level in permissions.items():
            have = granted.get(name)
            if have is None or level not in LEVELS or LEVELS[str(level)] > LEVELS.get(have, 0):
                raise GitHubError(422, NOT_GRANTED)
            narrowed[name] = str(level)
        # Every token can read repository metadata.
        narrowed.setdefault("metadata", "read")
        return ids, narrowed

    # ------------------------------------------------------------------ pushes and pulls
    async def push(
        self,
        repo: GhRepository,
        files: dict[str, str | None],
        message: str,
        author: str | None,
        branch: str | None = None,
        sender_login: str | None = None,
    ) -> dict[str, Any]:
        if not files:
            raise GitHubError(400, "a commit needs at least one file change")
        branch = branch or repo.default_branch
        git_dir = await asyncio.to_thread(git_seed.ensure_built, self.emu.world, repo.git)
        before = gitstore.head_commit(git_dir, branch)
        if before is None:
            raise GitHubError(404, f"no branch {branch} in {repo.full_name}")
        sha = await self._commit(git_dir, branch, files, message, author)
        sender = self._sender(repo, sender_login)
        now = self.clock.now()
        repo.pushed_at = repo.updated_at = now
        deliveries = [await self._push_event(repo, branch, before, sha, files, message, sender)]
        for pr in self.world.pulls.get(repo.id, []):
            if pr.state == "open" and pr.head_ref == branch:
                previous = pr.head_sha
                pr.head_sha, pr.updated_at = sha, now
                await asyncio.to_thread(gitstore.set_pull_head, git_dir, pr.number, sha)
                deliveries.append(
                    await self._pull_event(repo, pr, "synchronize", sender, before=previous)
                )
        return {
            "commit": sha,
            "before": before,
            "deliveries": [d.summary() for d in deliveries if d is not None],
        }

    async def _commit(
        self, git_dir: Path, branch: str, files: dict[str, str | None], message: str,
        author: str | None,
    ) -> str:  # fmt: skip
        try:
            return await asyncio.to_thread(
                gitstore.commit_text_files,
                git_dir,
                files,
                message=message,
                author=author,
                date=iso_z(self.clock.now()),
                branch=branch,
            )
        except gitstore.GitError as exc:
            raise GitHubError(400, str(exc)) from exc

    def _sender(self, repo: GhRepository, login: str | None) -> Account:
        if login:
            return self.user(login)
        if not repo.owner.is_org():
            return repo.owner
        return self._default_installer(repo.owner)

    async def _push_event(
        self, repo: GhRepository, branch: str, before: str, after: str,
        files: dict[str, str | None], message: str, sender: Account,
    ) -> Delivery | None:  # fmt: skip
        inst = self.covering_installation(repo)
        if inst is None or not inst.active() or "push" not in inst.events:
            return None
        author = {"name": sender.name, "email": sender.email, "username": sender.login}
        changes = {
            "added": [p for p, c in files.items() if c is not None],
            "removed": [p for p, c in files.items() if c is None],
            "modified": [],
        }
        commit = self.shapes.commit(repo, after, message, author, self.clock.now(), changes)
        payload = {
            "ref": f"refs/heads/{branch}",
            "before": before,
            "after": after,
            "repository": self.shapes.repository(repo),
            "pusher": {"name": sender.login, "email": sender.email},
            "sender": self.shapes.account(sender),
            "installation": self.shapes.installation_ref(inst),
            "created": False,
            "deleted": False,
            "forced": False,
            "base_ref": None,
            "compare": f"{self.web_url}/{repo.full_name}/compare/{before[:12]}...{after[:12]}",
            "commits": [commit],
            "head_commit": commit,
        }
        return await self.webhooks.deliver(
            "push", payload, installation_id=inst.id, repository_id=repo.id
        )

    async def open_pull(
        self,
        repo: GhRepository,
        head: str,
        base: str | None,
        title: str,
        files: dict[str, str | None],
        message: str,
        author: str | None,
        sender_login: str | None,
    ) -> dict[str, Any]:
        base = base or repo.default_branch
        git_dir = await asyncio.to_thread(git_seed.ensure_built, self.emu.world, repo.git)
        base_sha = gitstore.head_commit(git_dir, base)
        if base_sha is None:
            raise GitHubError(404, f"no branch {base} in {repo.full_name}")
        if gitstore.head_commit(git_dir, head) is not None:
            raise GitHubError(409, f"branch {head} already exists")
        if not files:
            raise GitHubError(400, "a pull request needs at least one file change")
        try:
            await asyncio.to_thread(gitstore.create_branch, git_dir, head, base_sha)
        except gitstore.GitError as exc:
            raise GitHubError(400, str(exc)) from exc
        head_sha = await self._commit(git_dir, head, files, message, author)
        sender = self._sender(repo, sender_login)
        now = self.clock.now()
        pulls = self.world.pulls.setdefault(repo.id, [])
        pr = PullRequest(
            number=len(pulls) + 1,
            id=next(self.world.pull_ids),
            repository_id=repo.id,
            title=title,
            head_ref=head,
            base_ref=base,
            head_sha=head_sha,
            base_sha=base_sha,
            user_id=sender.id,
            created_at=now,
            updated_at=now,
        )
        pulls.append(pr)
        await asyncio.to_thread(gitstore.set_pull_head, git_dir, pr.number, head_sha)
        delivery = await self._pull_event(repo, pr, "opened", sender)
        return {
            "number": pr.number,
            "head": {"ref": head, "sha": head_sha},
            "base": {"ref": base, "sha": base_sha},
            "deliveries": [delivery.summary()] if delivery else [],
        }

    def pull(self, repo: GhRepository, number: int) -> PullRequest:
        pr = next((p for p in self.world.pulls.get(repo.id, []) if p.number == number), None)
        if pr is None:
            raise GitHubError(404, f"no pull request #{number} in {repo.full_name}")
        return pr

    async def set_pull_state(
        self, repo: GhRepository, pr: PullRequest, state: str, sender_login: str | None,
        *, merged: bool = False,
    ) -> dict[str, Any]:  # fmt: skip
        if state == pr.state:
            raise GitHubError(409, f"pull request #{pr.number} is already {state}")
        if pr.merged:
            raise GitHubError(422, f"pull request #{pr.number} is merged")
        pr.state, pr.merged, pr.updated_at = state, merged, self.clock.now()
        action = "reopened" if state == "open" else "closed"
        delivery = await self._pull_event(repo, pr, action, self._sender(repo, sender_login))
        deliveries = [delivery.summary()] if delivery else []
        return {"number": pr.number, "state": pr.state, "deliveries": deliveries}

    async def _pull_event(
        self, repo: GhRepository, pr: PullRequest, action: str, sender: Account,
        before: str | None = None,
    ) -> Delivery | None:  # fmt: skip
        inst = self.covering_installation(repo)
        if inst is None or not inst.active() or "pull_request" not in inst.events:
            return None
        user = self.world.account_by_id(pr.user_id) or sender
        payload: dict[str, Any] = {
            "action": action,
            "number": pr.number,
            "pull_request": self.shapes.pull_request(repo, pr, user),
            "repository": self.shapes.repository(repo),
            "sender": self.shapes.account(sender),
            "installation": self.shapes.installation_ref(inst),
        }
        if action == "synchronize":
            payload["before"], payload["after"] = before, pr.head_sha
        return await self.webhooks.deliver(
            "pull_request", payload, installation_id=inst.id, repository_id=repo.id
        )

    async def rerequest_check_run(self, run_id: int, sender_login: str | None) -> Delivery | None:
        run = self.world.check_runs.get(run_id)
        if run is None:
            raise GitHubError(404, f"no check run {run_id}")
        repo = self.world.repository_by_id(run.repository_id)
        assert repo is not None
        inst = self.covering_installation(repo)
        if inst is None or not inst.active():
            raise GitHubError(409, "the app is not installed on this repository")
        sender = self._sender(repo, sender_login)
        payload = {
            "action": "rerequested",
            "check_run": self.shapes.check_run(repo, run),
            "repository": self.shapes.repository(repo),
            "sender": self.shapes.account(sender),
            "installation": self.shapes.installation_ref(inst),
        }
        return await self.webhooks.deliver(
            "check_run", payload, installation_id=inst.id, repository_id=repo.id
        )


NOT_ACCESSIBLE = (
    "There is at least one repository that does not exist or is not accessible to the "
    "parent installation."
)
NOT_GRANTED = "The permissions requested are not granted to this installation."
