"""Start an emulator for tests and drive it through its control plane.

    from trace_emulator.testing import start_emulator

    emu = start_emulator(remote_url="http://127.0.0.1:8123")      # thread, demo seed
    inst = emu.client.install("acme")["installation"]
    res = emu.client.ui_invoke(inst["id"], path="/forge/v1/pairing-code", account="ada")
    emu.stop()

or as a context manager: `with running_emulator(...) as emu: ...`. Settings Trace needs are in
`emu.trace_settings()`.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

from trace_emulator.config import EmulatorConfig
from trace_emulator.github.testing import GitHubClient
from trace_emulator.seed import DEMO_SEED, FIXTURES

SEEDS = {
    "demo": DEMO_SEED,
    "small": FIXTURES / "test-seed.yml",
}


class EmulatorError(RuntimeError):
    """The control plane refused a request (status + message from the emulator)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class EmulatorClient:
    """Synchronous client for the `/_emu/...` control plane."""

    def __init__(self, base_url: str, timeout: float = 60.0) -> None:
        self.base_url = base_url.rstrip("/")
        # Loopback HTTP only: skip building a TLS context (saves ~0.3 s per client).
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            trust_env=False,
            verify=False,  # noqa: S501 - plain HTTP on loopback
        )

    def close(self) -> None:
        self._http.close()

    def _call(
        self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None
    ) -> Any:
        resp = self._http.request(method, path, json=body, params=params)
        try:
            data = resp.json()
        except ValueError:
            data = {"error": resp.text}
        if resp.status_code >= 400:
            raise EmulatorError(resp.status_code, str(data.get("error", data)))
        return data

    # discovery & switches
    def info(self) -> dict[str, Any]:
        return self._call("GET", "/_emu/info")

    def config(self, **changes: Any) -> dict[str, Any]:
        return (
            self._call("POST", "/_emu/config", changes)
            if changes
            else self._call("GET", "/_emu/config")
        )

    def register_app(
        self, manifest: dict[str, Any] | None = None, path: str | None = None
    ) -> dict[str, Any]:
        return self._call("POST", "/_emu/apps", {"manifest": manifest, "manifestPath": path})

    # workspaces & repositories
    def workspaces(self) -> list[dict[str, Any]]:
        return self._call("GET", "/_emu/workspaces")["workspaces"]

    def repositories(self, workspace: str) -> list[dict[str, Any]]:
        return self._call("GET", f"/_emu/workspaces/{workspace}/repositories")["repositories"]

    def add_repository(self, workspace: str, slug: str, **fields: Any) -> dict[str, Any]:
        return self._call(
            "POST", f"/_emu/workspaces/{workspace}/repositories", {"slug": slug, **fields}
        )

    def rename_repository(
        self, workspace: str, repo: str, new_slug: str, name: str | None = None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"slug": new_slug}
        if name:
            body["name"] = name
        return self._call("PATCH", f"/_emu/workspaces/{workspace}/repositories/{repo}", body)

    def update_repository(self, workspace: str, repo: str, **changes: Any) -> dict[str, Any]:
        return self._call("PATCH", f"/_emu/workspaces/{workspace}/repositories/{repo}", changes)

    def delete_repository(self, workspace: str, repo: str) -> None:
        self._call("DELETE", f"/_emu/workspaces/{workspace}/repositories/{repo}")

    def push_commit(
        self, workspace: str, repo: str, files: dict[str, str | None], message: str = "Update",
        author: str | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        return self._call(
            "POST",
            f"/_emu/workspaces/{workspace}/repositories/{repo}/commits",
            {"files": files, "message": message, "author": author},
        )

    # installations
    def install(
        self, workspace: str, installer: str | None = None, version: str | None = None
    ) -> dict[str, Any]:
        return self._call(
            "POST",
            "/_emu/installations",
            {"workspace": workspace, "installer": installer, "version": version},
        )

    def installations(self) -> list[dict[str, Any]]:
        return self._call("GET", "/_emu/installations")["installations"]

    def installation(self, installation_id: str) -> dict[str, Any]:
        return self._call("GET", f"/_emu/installations/{installation_id}")

    def upgrade(
        self,
        installation_id: str,
        version: str,
        major: bool = True,
        scopes: list[str] | None = None,
    ) -> dict[str, Any]:
        return self._call(
            "POST",
            f"/_emu/installations/{installation_id}/upgrade",
            {"version": version, "major": major, "scopes": scopes},
        )

    def uninstall(self, installation_id: str) -> dict[str, Any]:
        return self._call("POST", f"/_emu/installations/{installation_id}/uninstall")

    def ui_invoke(
        self,
        installation_id: str,
        path: str,
        *,
        method: str = "POST",
        body: dict[str, Any] | None = None,
        account: str | None = None,
        principal: str | None = None,
        is_workspace_admin: bool | None = None,
        module_key: str = "trace-settings",
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """Simulate the settings page's invokeRemote as `account` (nickname or account id)."""
        return self._call(
            "POST",
            f"/_emu/installations/{installation_id}/ui-invoke",
            {
                "path": path, "method": method, "body": body, "account": account,
                "principal": principal, "isWorkspaceAdmin": is_workspace_admin,
                "moduleKey": module_key, "headers": headers,
            },
        )  # fmt: skip

    def event(
        self, installation_id: str, event_type: str, payload: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        return self._call(
            "POST",
            f"/_emu/installations/{installation_id}/events",
            {"eventType": event_type, "payload": payload or {}},
        )

    def mint_token(
        self, installation_id: str, ttl: int = 3600, scopes: list[str] | None = None
    ) -> dict[str, Any]:
        """A system token with an exact lifetime (for expiry/scope tests). Contains the token."""
        return self._call(
            "POST", f"/_emu/installations/{installation_id}/tokens", {"ttl": ttl, "scopes": scopes}
        )

    def token_pull_url(self, installation_id: str, module_key: str = "trace-token-pull") -> str:
        return self.installation(installation_id)["webTriggerUrls"][module_key]

    # time, triggers, logs
    def clock(self) -> dict[str, Any]:
        return self._call("GET", "/_emu/clock")

    def advance(self, seconds: float) -> dict[str, Any]:
        """Move the emulator clock forward and run event retries that became due."""
        return self._call("POST", "/_emu/clock", {"advance": seconds})

    def freeze(self, at: float | None = None) -> dict[str, Any]:
        return self._call("POST", "/_emu/clock", {"freeze": True, "at": at})

    def unfreeze(self) -> dict[str, Any]:
        return self._call("POST", "/_emu/clock", {"unfreeze": True})

    def fire_scheduled(
        self, key: str = "trace-heartbeat", installation: str | None = None
    ) -> list[dict[str, Any]]:
        return self._call("POST", f"/_emu/scheduled/{key}/fire", {"installation": installation})[
            "deliveries"
        ]

    def retries(self) -> dict[str, Any]:
        return self._call("GET", "/_emu/retries")

    def deliveries(
        self, kind: str | None = None, installation: str | None = None, since: int | None = None
    ) -> list[dict[str, Any]]:
        params = {
            k: v
            for k, v in {"kind": kind, "installation": installation, "since": since}.items()
            if v is not None
        }
        return self._call("GET", "/_emu/deliveries", params=params)["deliveries"]

    def clear_deliveries(self) -> None:
        self._call("DELETE", "/_emu/deliveries")

    def git_log(self) -> list[dict[str, Any]]:
        return self._call("GET", "/_emu/git-log")["requests"]

    def clear_git_log(self) -> None:
        self._call("DELETE", "/_emu/git-log")


@dataclass
class RunningEmulator:
    info: dict[str, Any]
    client: EmulatorClient
    _stop: Any = field(repr=False)
    # The in-process Emulator object (thread mode only; None for a subprocess).
    emulator: Any = field(default=None, repr=False)
    _github: GitHubClient | None = field(default=None, repr=False)

    @property
    def github(self) -> GitHubClient:
        """The emulated GitHub's control plane and helpers (trace_emulator.github.testing)."""
        if self._github is None:
            self._github = GitHubClient(self.base_url)
        return self._github

    @property
    def base_url(self) -> str:
        return str(self.info["baseUrl"])

    @property
    def jwks_url(self) -> str:
        return str(self.info["jwksUrl"])

    @property
    def app_id(self) -> str:
        return str(self.info["appId"])

    @property
    def api_base_url(self) -> str:
        return str(self.info["apiBaseUrl"])

    @property
    def git_base_url(self) -> str:
        return str(self.info["gitBaseUrl"])

    @property
    def webtrigger_base_url(self) -> str:
        return str(self.info["webTriggerBaseUrl"])

    def trace_settings(self) -> dict[str, str]:
        """What Trace must be configured with to trust and reach this emulator."""
        return {
            "FORGE_JWKS_URL": self.jwks_url,
            "FORGE_APP_ID": self.app_id,
            "FORGE_ENVIRONMENT_ID": str(self.info["environmentId"]),
            "BITBUCKET_API_URL": self.api_base_url,
            "BITBUCKET_GIT_URL": self.git_base_url,
            "FORGE_WEBTRIGGER_URL_PREFIX": self.webtrigger_base_url,
            "FORGE_INSTALLATION_DETAILS_URL": str(self.info["installationDetailsBaseUrl"]),
        }

    def stop(self) -> None:
        if self._github is not None:
            self._github.close()
        self.client.close()
        self._stop()


def _seed_path(seed: str | Path | None) -> Path | None:
    if seed is None or seed == "none":
        return None
    if isinstance(seed, str) and seed in SEEDS:
        return SEEDS[seed]
    return Path(seed)


def start_emulator(
    *,
    remote_url: str = "http://127.0.0.1:9",
    seed: str | Path | None = "small",
    mode: Literal["thread", "subprocess"] = "thread",
    state_dir: Path | None = None,
    **switches: Any,
) -> RunningEmulator:
    """Start an emulator on a free loopback port.

    `seed`: "small" (two workspaces: `acme` with 3 repos and `bulk` with 250), "demo" (the demo
    workspace), "none", or a path to a seed YAML. `switches`: any `EmulatorConfig` field, e.g.
    `envelope="payload"`, `gating="lenient"`, `runner="python"`, `function_token_ttl="cached"`.
    Tests default to `function_token_ttl="cached"` so token life is deterministic.
    """
    switches.setdefault("function_token_ttl", "cached")
    if mode == "subprocess":
        return _start_subprocess(remote_url, _seed_path(seed), state_dir, switches)
    from trace_emulator.emulator import Emulator
    from trace_emulator.server import EmulatorServer

    config = EmulatorConfig(
        remote_url=remote_url, seed=_seed_path(seed), state_dir=state_dir, **switches
    )
    server = EmulatorServer(Emulator(config))
    server.start_in_thread()
    client = EmulatorClient(server.emu.base_url)
    return RunningEmulator(
        info=client.info(), client=client, _stop=server.stop, emulator=server.emu
    )


_CLI_FLAGS = {
    "envelope": "--envelope",
    "gating": "--gating",
    "runner": "--runner",
    "function_token_ttl": "--function-token-ttl",
    "retry_delay": "--retry-delay",
}


def _start_subprocess(
    remote_url: str, seed: Path | None, state_dir: Path | None, switches: dict[str, Any]
) -> RunningEmulator:
    args = [sys.executable, "-m", "trace_emulator", "--port", "0", "--remote-url", remote_url]
    args += ["--seed", str(seed)] if seed else ["--no-seed"]
    if state_dir:
        args += ["--state-dir", str(state_dir)]
    extra: dict[str, Any] = {}
    for name, value in switches.items():
        if name in _CLI_FLAGS:
            args += [_CLI_FLAGS[name], str(value)]
        else:
            extra[name] = value
    src = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        info = json.loads(line)
    except ValueError:
        proc.kill()
        raise RuntimeError(f"emulator did not start: {line!r}") from None

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    client = EmulatorClient(info["baseUrl"])
    if extra:
        client.config(**extra)
    return RunningEmulator(info=info, client=client, _stop=stop)


@contextlib.contextmanager
def running_emulator(**kwargs: Any) -> Iterator[RunningEmulator]:
    emu = start_emulator(**kwargs)
    try:
        yield emu
    finally:
        emu.stop()
