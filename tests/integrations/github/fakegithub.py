"""Test kit: a loopback GitHub (the routes Trace calls), strict the way GitHub documents them.

App JWTs are verified (RS256 with the app's public key, `iss`, lifetime ≤ 10 min); installation
tokens are narrowed by repository and permission and refused beyond them; `/installation/
repositories` paginates with `Link` headers and can be made to rate-limit or fail on a page;
the OAuth code is single use; `DELETE /installation/token` ends the token it is called with; git
smart-HTTP demands Basic `x-access-token:<token>` for a token that covers the repository, and
refuses push. Used until the GitHub emulator lands.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from tests.support.githttp import make_repo, run_http_backend

ALL_PERMISSIONS = {
    "contents": "read",
    "metadata": "read",
    "checks": "write",
    "pull_requests": "read",
}
_LEVEL = {"read": 1, "write": 2}
NOT_GRANTED = "The permissions requested are not granted to this installation."
NOT_ACCESSIBLE = (
    "There is at least one repository that does not exist or is not accessible to the parent "
    "installation."
)


@dataclass
class FakeRepository:
    id: int
    full_name: str
    private: bool = True
    default_branch: str = "main"
    language: str = "Python"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.full_name.split("/", 1)[1],
            "full_name": self.full_name,
            "private": self.private,
            "default_branch": self.default_branch,
            "language": self.language,
        }


@dataclass
class FakeInstallation:
    id: int
    account_id: int
    account_login: str
    repositories: list[FakeRepository]
    app_id: int = 4242
    permissions: dict[str, str] = field(default_factory=lambda: dict(ALL_PERMISSIONS))
    suspended: bool = False
    deleted: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "app_id": self.app_id,
            "account": {"id": self.account_id, "login": self.account_login, "type": "Organization"},
            "target_type": "Organization",
            "repository_selection": "selected",
            "permissions": dict(self.permissions),
            "events": ["push", "pull_request"],
            "suspended_at": "2026-12-04T10:00:00Z" if self.suspended else None,
        }


@dataclass
class IssuedToken:
    installation_id: int
    repository_ids: list[int] | None
    permissions: dict[str, str]
    expires_at: float


@dataclass
class FakeGitHub:
    app_id: int
    public_key: RSAPublicKey
    client_id: str
    client_secret: str
    git_root: Path
    url: str = ""
    installations: dict[int, FakeInstallation] = field(default_factory=dict)
    user_access: dict[str, set[int]] = field(default_factory=dict)  # login → installation ids
    codes: dict[str, str] = field(default_factory=dict)  # code → login (single use)
    user_tokens: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, IssuedToken] = field(default_factory=dict)
    revoked: list[str] = field(default_factory=list)  # tokens ended by DELETE /installation/token
    token_requests: list[dict[str, Any]] = field(default_factory=list)
    jwts: list[str] = field(default_factory=list)
    revoke_failure: int | None = None  # answer `DELETE /installation/token` with this status
    git_requests: list[dict[str, str]] = field(default_factory=list)
    page_size: int = 100
    rate_limit_page: int | None = None
    fail_page: int | None = None

    def install(
        self, installation: FakeInstallation, *, files: dict[str, str] | None = None
    ) -> FakeInstallation:
        self.installations[installation.id] = installation
        for repo in installation.repositories:
            if not (self.git_root / f"{repo.full_name}.git").exists():
                make_repo(self.git_root, repo.full_name, files or {"README.md": "hello\n"})
        return installation

    def authorize(self, login: str) -> str:
        """The `code` GitHub would append to the callback after `login` authorizes."""
        code = secrets.token_hex(10)
        self.codes[code] = login
        return code


def sign(secret: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def _json(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: object,
    headers: dict[str, str] | None = None,
) -> None:
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json; charset=utf-8")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in {
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        **(headers or {}),
    }.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)


@contextmanager
def fake_github(
    *, app_id: int, public_key: RSAPublicKey, client_id: str, client_secret: str, git_root: Path
) -> Iterator[FakeGitHub]:
    gh = FakeGitHub(
        app_id=app_id,
        public_key=public_key,
        client_id=client_id,
        client_secret=client_secret,
        git_root=git_root,
    )
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def _bearer(self) -> str:
            value = self.headers.get("Authorization", "")
            return value[7:] if value.startswith("Bearer ") else ""

        def _app_jwt_ok(self) -> bool:
            token = self._bearer()
            try:
                claims = jwt.decode(
                    token,
                    gh.public_key,
                    algorithms=["RS256"],
                    options={"require": ["iat", "exp", "iss"]},
                )
            except jwt.PyJWTError:
                return False
            gh.jwts.append(token)
            return str(claims["iss"]) == str(gh.app_id) and claims["exp"] - claims["iat"] <= 600

        def _live(self, installation_id: int) -> FakeInstallation | None:
            inst = gh.installations.get(installation_id)
            return None if inst is None or inst.deleted else inst

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            if parts.path.endswith("/git-receive-pack"):
                _json(self, 403, {"message": "Write access to repository not granted."})
                return
            if parts.path.endswith("/git-upload-pack"):
                self._git()
                return
            body = self.rfile.read(length) if length else b""
            match = re.fullmatch(r"/api/v3/app/installations/(\d+)/access_tokens", parts.path)
            if match:
                self._access_token(int(match.group(1)), body)
                return
            if parts.path == "/login/oauth/access_token":
                form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                with lock:
                    login = gh.codes.pop(form.get("code", ""), None)
                if (
                    login is None
                    or form.get("client_id") != gh.client_id
                    or form.get("client_secret") != gh.client_secret
                ):
                    _json(self, 200, {"error": "bad_verification_code"})
                    return
                token = "ghu_" + secrets.token_urlsafe(27)
                gh.user_tokens[token] = login
                _json(self, 200, {"access_token": token, "token_type": "bearer", "scope": ""})
                return
            _json(self, 404, {"message": "Not Found"})

        def _access_token(self, installation_id: int, body: bytes) -> None:
            if not self._app_jwt_ok():
                _json(self, 401, {"message": "A JSON web token could not be decoded"})
                return
            inst = self._live(installation_id)
            if inst is None:
                _json(self, 404, {"message": "Not Found"})
                return
            if inst.suspended:
                _json(self, 403, {"message": "This installation has been suspended"})
                return
            request = json.loads(body or b"{}")
            gh.token_requests.append(request)
            wanted = request.get("permissions") or dict(inst.permissions)
            for name, level in wanted.items():
                if _LEVEL.get(level, 9) > _LEVEL.get(inst.permissions.get(name, ""), 0):
                    _json(
                        self,
                        422,
                        {"message": NOT_GRANTED},
                    )
                    return
            ids = request.get("repository_ids")
            known = {r.id for r in inst.repositories}
            if ids is not None and not set(ids) <= known:
                _json(
                    self,
                    422,
                    {"message": NOT_ACCESSIBLE},
                )
                return
            token = "ghs_" + secrets.token_urlsafe(27)
            gh.tokens[token] = IssuedToken(installation_id, ids, dict(wanted), time.time() + 3600)
            expires = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
            _json(
                self,
                201,
                {
                    "token": token,
                    "expires_at": expires,
                    "permissions": wanted,
                    "repository_selection": "selected",
                },
            )

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if "/info/refs" in parts.path:
                self._git()
                return
            match = re.fullmatch(r"/api/v3/app/installations/(\d+)", parts.path)
            if match:
                inst = self._live(int(match.group(1)))
                if not self._app_jwt_ok():
                    _json(self, 401, {"message": "A JSON web token could not be decoded"})
                elif inst is None:
                    _json(self, 404, {"message": "Not Found"})
                else:
                    _json(self, 200, inst.as_json())
                return
            if parts.path == "/api/v3/installation/repositories":
                self._repositories(parts.query)
                return
            if parts.path == "/api/v3/user/installations":
                login = gh.user_tokens.get(self._bearer())
                if login is None:
                    _json(self, 401, {"message": "Bad credentials"})
                    return
                found = [
                    gh.installations[i].as_json()
                    for i in sorted(gh.user_access.get(login, set()))
                    if self._live(i) is not None
                ]
                _json(self, 200, {"total_count": len(found), "installations": found})
                return
            _json(self, 404, {"message": "Not Found"})

        def do_DELETE(self) -> None:
            if urlsplit(self.path).path != "/api/v3/installation/token":
                _json(self, 404, {"message": "Not Found"})
                return
            if gh.revoke_failure is not None:
                _json(self, gh.revoke_failure, {"message": "Server Error"})
                return
            with lock:
                issued = gh.tokens.pop(self._bearer(), None)
            if issued is None:
                _json(self, 401, {"message": "Bad credentials"})
                return
            gh.revoked.append(self._bearer())
            self.send_response(204)
            self.end_headers()

        def _repositories(self, query: str) -> None:
            issued = gh.tokens.get(self._bearer())
            if issued is None or issued.expires_at < time.time():
                _json(self, 401, {"message": "Bad credentials"})
                return
            inst = self._live(issued.installation_id)
            if inst is None:
                _json(self, 401, {"message": "Bad credentials"})
                return
            params = {k: v[0] for k, v in parse_qs(query).items()}
            page = int(params.get("page", "1"))
            per_page = min(int(params.get("per_page", "30")), gh.page_size)
            if gh.rate_limit_page == page:
                _json(
                    self,
                    403,
                    {"message": "API rate limit exceeded"},
                    {
                        "x-ratelimit-remaining": "0",
                        "x-ratelimit-reset": str(int(time.time()) + 3600),
                    },
                )
                return
            if gh.fail_page == page:
                _json(self, 502, {"message": "Server Error"})
                return
            repos = [
                r
                for r in inst.repositories
                if issued.repository_ids is None or r.id in issued.repository_ids
            ]
            chunk = repos[(page - 1) * per_page : page * per_page]
            headers = {}
            if page * per_page < len(repos):
                base = f"{gh.url}/api/v3/installation/repositories?per_page={per_page}"
                last = -(-len(repos) // per_page)
                headers["Link"] = (
                    f'<{base}&page={page + 1}>; rel="next", <{base}&page={last}>; rel="last"'
                )
            _json(
                self,
                200,
                {"total_count": len(repos), "repositories": [r.as_json() for r in chunk]},
                headers,
            )

        def _git(self) -> None:
            parts = urlsplit(self.path)
            gh.git_requests.append(
                {"path": self.path, **{k.lower(): v for k, v in self.headers.items()}}
            )
            if "service=git-receive-pack" in parts.query:
                _json(self, 403, {"message": "Write access to repository not granted."})
                return
            auth = self.headers.get("Authorization", "")
            token = ""
            if auth.startswith("Basic "):
                user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
                token = password if user == "x-access-token" else ""
            issued = gh.tokens.get(token)
            full_name = parts.path.split(".git/", 1)[0].lstrip("/")
            if issued is None or issued.expires_at < time.time():
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="GitHub"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            inst = self._live(issued.installation_id)
            repo = (
                next((r for r in inst.repositories if r.full_name == full_name), None)
                if inst
                else None
            )
            covered = repo is not None and (
                issued.repository_ids is None or repo.id in issued.repository_ids
            )
            if not covered or "contents" not in issued.permissions:
                _json(self, 404, {"message": "Repository not found."})
                return
            run_http_backend(self, gh.git_root)

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    gh.url = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield gh
    finally:
        server.shutdown()
        server.server_close()
