"""JSON shapes shared by the REST API and webhook payloads (installations, pushes, pull
requests, check runs), as GitHub's REST and webhook references document them."""

from __future__ import annotations

from typing import Any

from trace_emulator.clock import iso_z
from trace_emulator.github.model import (
    Account,
    CheckRun,
    GhRepository,
    Installation,
    PullRequest,
    node_id,
)


class Shapes:
    """Renders objects with the emulator's current web and API base URLs."""

    def __init__(self, web_url: str, api_url: str, app_id: int, app_slug: str, client_id: str):
        self.web = web_url
        self.api = api_url
        self.app_id = app_id
        self.app_slug = app_slug
        self.client_id = client_id

    def account(self, account: Account) -> dict[str, Any]:
        return account.simple(self.web, self.api)

    def repository(self, repo: GhRepository) -> dict[str, Any]:
        return repo.full(self.web, self.api)

    def installation(self, inst: Installation, suspender: Account | None) -> dict[str, Any]:
        settings = (
            f"{self.web}/organizations/{inst.account.login}/settings/installations/{inst.id}"
            if inst.account.is_org()
            else f"{self.web}/settings/installations/{inst.id}"
        )
        return {
            "id": inst.id,
            "client_id": self.client_id,
            "account": self.account(inst.account),
            "repository_selection": inst.repository_selection,
            "access_tokens_url": f"{self.api}/app/installations/{inst.id}/access_tokens",
            "repositories_url": f"{self.api}/installation/repositories",
            "html_url": settings,
            "app_id": self.app_id,
            "app_slug": self.app_slug,
            "target_id": inst.account.id,
            "target_type": inst.account.type,
            "permissions": dict(inst.permissions),
            "events": list(inst.events),
            "created_at": iso_z(inst.created_at),
            "updated_at": iso_z(inst.updated_at),
            "single_file_name": None,
            "has_multiple_single_files": False,
            "single_file_paths": [],
            "suspended_by": self.account(suspender) if suspender else None,
            "suspended_at": iso_z(inst.suspended_at) if inst.suspended_at else None,
        }

    def installation_ref(self, inst: Installation) -> dict[str, Any]:
        """The `installation` member of repository-level events: id and node id only."""
        return {"id": inst.id, "node_id": node_id("I", inst.id)}

    def commit(
        self, repo: GhRepository, sha: str, message: str, author: dict[str, str], at: float,
        changes: dict[str, list[str]],
    ) -> dict[str, Any]:  # fmt: skip
        return {
            "id": sha,
            "tree_id": None,
            "distinct": True,
            "message": message,
            "timestamp": iso_z(at),
            "url": f"{self.web}/{repo.full_name}/commit/{sha}",
            "author": author,
            "committer": author,
            **changes,
        }

    def pull_request(self, repo: GhRepository, pr: PullRequest, user: Account) -> dict[str, Any]:
        repo_json = self.repository(repo)
        owner = self.account(repo.owner)

        def side(ref: str, sha: str) -> dict[str, Any]:
            return {
                "label": f"{repo.owner.login}:{ref}",
                "ref": ref,
                "sha": sha,
                "user": owner,
                "repo": repo_json,
            }

        return {
            "url": f"{self.api}/repos/{repo.full_name}/pulls/{pr.number}",
            "id": pr.id,
            "node_id": node_id("PR", pr.id),
            "html_url": f"{self.web}/{repo.full_name}/pull/{pr.number}",
            "number": pr.number,
            "state": pr.state,
            "locked": False,
            "title": pr.title,
            "user": self.account(user),
            "body": None,
            "created_at": iso_z(pr.created_at),
            "updated_at": iso_z(pr.updated_at),
            "closed_at": None if pr.state == "open" else iso_z(pr.updated_at),
            "merged_at": iso_z(pr.updated_at) if pr.merged else None,
            "draft": False,
            "merged": pr.merged,
            "head": side(pr.head_ref, pr.head_sha),
            "base": side(pr.base_ref, pr.base_sha),
        }

    def check_run(self, repo: GhRepository, run: CheckRun) -> dict[str, Any]:
        url = f"{self.api}/repos/{repo.full_name}/check-runs/{run.id}"
        return {
            "id": run.id,
            "node_id": node_id("CR", run.id),
            "head_sha": run.head_sha,
            "external_id": run.external_id or "",
            "url": url,
            "html_url": f"{self.web}/{repo.full_name}/runs/{run.id}",
            "details_url": run.details_url,
            "status": run.status,
            "conclusion": run.conclusion,
            "started_at": iso_z(run.started_at),
            "completed_at": iso_z(run.completed_at) if run.completed_at else None,
            "output": {
                "title": run.output.get("title"),
                "summary": run.output.get("summary"),
                "text": run.output.get("text"),
                "annotations_count": len(run.annotations),
                "annotations_url": url + "/annotations",
            },
            "name": run.name,
            "check_suite": {"id": run.id // 1000},
            "app": {"id": self.app_id, "slug": self.app_slug},
            "pull_requests": [],
        }
