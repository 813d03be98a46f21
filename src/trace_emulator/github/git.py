"""git smart HTTP for GitHub repositories: `{web}/{owner}/{repo}.git/...` via `git http-backend`.

Only Basic `x-access-token:<installation token>` is accepted, for a token whose repositories
cover the repository and that holds `contents` permission; a push (receive-pack) is refused with
403 (Trace's App is read-only). Every request is logged with the token's fingerprint and whether
the credentials came up front (`http.extraHeader`) or only after a 401 challenge.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import itertools
import time
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from trace_emulator import seed as git_seed
from trace_emulator.git_http import log_entry, run_http_backend

if TYPE_CHECKING:
    from trace_emulator.github.service import GitHubService

REALM = 'Basic realm="GitHub"'
BAD_CREDENTIALS = (
    "Invalid username or token. Password authentication is not supported for Git operations."
)
CHALLENGE_WINDOW = 30.0


class GitHubGit:
    def __init__(self, gh: GitHubService) -> None:
        self.gh = gh
        self._ids = itertools.count(1)
        self._challenged: dict[tuple[str, str], float] = {}

    def routes(self) -> list[Route]:
        return [Route("/{owner}/{repo}.git/{rest:path}", self.handle, methods=["GET", "POST"])]

    def _record(self, request: Request, repo_key: str, status: int, **fields: Any) -> None:
        entry = log_entry(request, next(self._ids), self.gh.clock.now(), repo_key, status)
        self.gh.git_log.append({**entry, **fields})

    @staticmethod
    def _credentials(request: Request) -> tuple[str | None, str]:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return None, scheme.lower() or "none"
        try:
            user, _, password = base64.b64decode(value.strip()).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None, "basic-malformed"
        if user != "x-access-token":
            return None, "basic-wrong-user"
        return password, "basic"

    def _deny(self, status: int, text: str) -> Response:
        headers = {"WWW-Authenticate": REALM} if status == 401 else {}
        return PlainTextResponse(text, status_code=status, headers=headers)

    async def handle(self, request: Request) -> Response:
        owner, name = request.path_params["owner"], request.path_params["repo"]
        rest = request.path_params["rest"]
        repo_key = f"{owner}/{name}"
        client = request.client.host if request.client else "?"
        token, scheme = self._credentials(request)
        if not request.headers.get("authorization"):
            self._challenged[(client, repo_key)] = time.monotonic()
            self._record(request, repo_key, 401, authMode="none", scheme=scheme)
            return self._deny(401, "Unauthorized")
        challenged = self._challenged.get((client, repo_key))
        mode = (
            "challenge"
            if challenged is not None and time.monotonic() - challenged < CHALLENGE_WINDOW
            else "header"
        )
        record = self.gh.tokens.installation_token(token) if token else None
        inst = self.gh.world.installations.get(record.installation_id) if record else None
        if record is None or inst is None or not inst.active():
            self._record(request, repo_key, 401, authMode=mode, scheme=scheme)
            return self._deny(401, BAD_CREDENTIALS)
        common = {
            "authMode": mode,
            "scheme": scheme,
            "installationId": inst.id,
            "tokenFingerprint": record.fingerprint,
        }
        repo = self.gh.world.repository(owner, name)
        if (
            repo is None
            or repo not in self.gh.world.installation_repositories(inst)
            or (record.repository_ids is not None and repo.id not in record.repository_ids)
        ):
            self._record(request, repo_key, 404, **common)
            return self._deny(404, "Repository not found.")
        if "git-receive-pack" in (rest + request.query_params.get("service", "")):
            self._record(request, repo_key, 403, **common)
            return self._deny(403, "Write access to repository not granted.")
        if record.permissions.get("contents") not in ("read", "write"):
            self._record(request, repo_key, 403, **common)
            denied = f"Permission to {repo.full_name}.git denied to {self.gh.app.slug}[bot]."
            return self._deny(403, denied)
        git_dir = await asyncio.to_thread(git_seed.ensure_built, self.gh.emu.world, repo.git)
        response = await run_http_backend(
            request, self.gh.emu.world.git_root, git_dir.name, rest, remote_user="x-access-token"
        )
        self._record(request, repo_key, response.status_code, **common)
        return response
