"""Git smart HTTP through `git http-backend` (CGI), behind Bitbucket-style token auth (§2.6).

Only Basic `x-token-auth:<token>` is accepted (Bearer behind a switch, §10.9). Every request is
recorded in the git auth log, including whether the credentials were sent up front (as git does
with `http.extraHeader`) or only after a 401 challenge (what git does with a token in the URL
userinfo or from a credential helper) — so tests can assert Trace never puts tokens in URLs.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import os
import time
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from trace_emulator import seed
from trace_emulator.host import EmulatorHost
from trace_emulator.tokens import SystemToken, TokenError

REALM = 'Basic realm="Bitbucket.org HTTP"'
SCOPE_MESSAGE = "Your credentials lack one or more required privilege scopes."
CHALLENGE_WINDOW = 30.0


class GitHttp:
    def __init__(self, emu: EmulatorHost) -> None:
        self.emu = emu
        self.log: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self._challenged: dict[tuple[str, str], float] = {}

    def routes(self) -> list[Route]:
        return [
            Route(
                "/git/{workspace}/{repo}.git/{rest:path}",
                self.handle,
                methods=["GET", "POST"],
            )
        ]

    def _record(self, request: Request, repo_key: str, status: int, **fields: Any) -> None:
        entry = log_entry(request, next(self._ids), self.emu.clock.now(), repo_key, status)
        self.log.append({**entry, **fields})

    def _credentials(self, request: Request) -> tuple[str | None, str]:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(value.strip()).decode().partition(":")
            except ValueError:
                return None, "basic-malformed"
            if user != "x-token-auth":
                return None, "basic-wrong-user"
            return password, "basic"
        if scheme.lower() == "bearer" and self.emu.config.git_accept_bearer:
            return value.strip(), "bearer"
        if scheme:
            return None, scheme.lower()
        return None, "none"

    async def handle(self, request: Request) -> Response:
        ws_ident = request.path_params["workspace"]
        repo_ident = request.path_params["repo"]
        rest = request.path_params["rest"]
        repo_key = f"{ws_ident}/{repo_ident}"
        client = request.client.host if request.client else "?"
        token, scheme = self._credentials(request)
        challenge_key = (client, repo_key)
        if token is None:
            self._challenged[challenge_key] = time.monotonic()
            self._record(request, repo_key, 401, authMode="none", scheme=scheme)
            return PlainTextResponse(
                "Unauthorized", status_code=401, headers={"WWW-Authenticate": REALM}
            )
        challenged_at = self._challenged.get(challenge_key)
        auth_mode = (
            "challenge"
            if challenged_at is not None and time.monotonic() - challenged_at < CHALLENGE_WINDOW
            else "header"
        )
        record: SystemToken | None = None
        try:
            record = self.emu.tokens.verify(token)
        except TokenError as exc:
            self._record(
                request, repo_key, 401, authMode=auth_mode, scheme=scheme, reason=exc.reason
            )
            return PlainTextResponse(
                "Invalid credentials", status_code=401, headers={"WWW-Authenticate": REALM}
            )
        common = {
            "authMode": auth_mode,
            "scheme": scheme,
            "installationId": record.installation_uuid,
            "tokenFingerprint": record.fingerprint,
        }
        if "read:repository:bitbucket" not in record.scopes:
            self._record(request, repo_key, 403, **common)
            return PlainTextResponse(SCOPE_MESSAGE, status_code=403)
        ws = self.emu.world.workspace(ws_ident)
        inst = self.emu.world.installations.get(record.installation_uuid)
        repo = ws.find_repository(repo_ident) if ws else None
        if (
            ws is None
            or inst is None
            or inst.workspace_uuid != ws.uuid
            or repo is None
            or not (self.emu.config.bot_sees_all_repositories or not repo.restricted)
        ):
            self._record(request, repo_key, 404, **common)
            return PlainTextResponse("Repository not found", status_code=404)
        is_push = "git-receive-pack" in (rest + request.query_params.get("service", ""))
        if is_push:
            # The app holds read scopes only; Bitbucket answers 403 to a push.
            self._record(request, repo_key, 403, **common)
            return PlainTextResponse(SCOPE_MESSAGE, status_code=403)
        git_dir = await asyncio.to_thread(seed.ensure_built, self.emu.world, repo)
        response = await self._cgi(request, git_dir.name, rest)
        self._record(request, repo_key, response.status_code, **common)
        return response

    async def _cgi(self, request: Request, dir_name: str, rest: str) -> Response:
        return await run_http_backend(
            request, self.emu.world.git_root, dir_name, rest, remote_user="x-token-auth"
        )

    def summary(self) -> list[dict[str, Any]]:
        return list(self.log)


def log_entry(
    request: Request, entry_id: int, at: float, repo_key: str, status: int
) -> dict[str, Any]:
    """One git request in a git front's log (never the credentials)."""
    return {
        "id": entry_id,
        "at": at,
        "method": request.method,
        "path": request.url.path,
        "service": request.query_params.get("service") or request.url.path.rsplit("/", 1)[-1],
        "repository": repo_key,
        "status": status,
    }


async def run_http_backend(
    request: Request, git_root: Path, dir_name: str, rest: str, *, remote_user: str
) -> Response:
    """Serve one smart-HTTP request for the bare repository `git_root/dir_name`."""
    body = await request.body()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "GIT_PROJECT_ROOT": str(git_root),
        "GIT_HTTP_EXPORT_ALL": "1",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": "/nonexistent",
        "PATH_INFO": f"/{dir_name}/{rest}",
        "REQUEST_METHOD": request.method,
        "QUERY_STRING": request.url.query,
        "CONTENT_TYPE": request.headers.get("content-type", ""),
        "CONTENT_LENGTH": str(len(body)),
        "REMOTE_USER": remote_user,
        "REMOTE_ADDR": request.client.host if request.client else "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "GATEWAY_INTERFACE": "CGI/1.1",
    }
    if request.headers.get("content-encoding"):
        env["HTTP_CONTENT_ENCODING"] = request.headers["content-encoding"]
    if request.headers.get("git-protocol"):
        env["HTTP_GIT_PROTOCOL"] = request.headers["git-protocol"]
    proc = await asyncio.create_subprocess_exec(
        "git",
        "http-backend",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    stdout, _stderr = await proc.communicate(body)
    head, sep, payload = stdout.partition(b"\r\n\r\n")
    if not sep:
        head, sep, payload = stdout.partition(b"\n\n")
    status = 200
    headers: dict[str, str] = {}
    for line in head.decode("latin-1").splitlines():
        name, _, value = line.partition(":")
        if name.lower() == "status":
            status = int(value.strip().split()[0])
        elif name:
            headers[name.strip()] = value.strip()
    if not sep:
        return PlainTextResponse("git backend failed", status_code=500)
    return Response(payload, status_code=status, headers=headers)
