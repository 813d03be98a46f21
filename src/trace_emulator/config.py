"""Emulator settings, including every switch for behaviour the spec marks UNCONFIRMED (§10).

Each switch documents which open question it models and carries the spec's recommended default.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

EnvelopeMode = Literal["bare", "payload"]
GatingMode = Literal["strict", "lenient"]
RunnerMode = Literal["auto", "node", "python"]

DEFAULT_APP_UUID = "3f6e2c1a-9b7d-4e0f-8a52-0c1d2e3f4a5b"
DEFAULT_ENV_UUID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"


@dataclass
class EmulatorConfig:
    """Everything that shapes the emulator's behaviour; set from the CLI or `testing.py`."""

    host: str = "127.0.0.1"
    port: int = 0
    # Where Forge sends invocations: the value of the manifest variable TRACE_REMOTE_URL.
    remote_url: str = "http://127.0.0.1:8000"
    app_uuid: str = DEFAULT_APP_UUID
    environment_uuid: str = DEFAULT_ENV_UUID
    environment_type: str = "PRODUCTION"
    app_version: str = "1.0.0"
    seed: Path | None = None
    state_dir: Path | None = None
    manifest_path: Path | None = None
    # Extra manifest variables (`${NAME}`) beyond TRACE_REMOTE_URL / TRACE_FORGE_APP_UUID.
    manifest_vars: dict[str, str] = field(default_factory=dict)

    # §10.1 — body envelope of events delivered to a remote endpoint: bare event or {"payload": …}.
    envelope: EnvelopeMode = "bare"
    # §10.2 — "strict": Forge refuses to mint a FIT for a workspace-settings page to a non-admin
    # (models Bitbucket's settings gating). "lenient": Forge still mints (UNCONFIRMED case).
    gating: GatingMode = "strict"
    # §10.3 — app.module.type on function → remote calls (documented only for endpoints).
    function_module_type: str = "core:function"
    # §10.4 — remaining life of a system token delivered through function → invokeRemote:
    # "random" (spec default: uniformly 5-240 min), "cached" (same token as direct deliveries,
    # ≥ 2 h left), or a number of seconds.
    function_token_ttl: str = "random"  # noqa: S105 - a mode name, not a secret
    # §10.4 — web trigger behaviour after uninstall: HTTP status answered (spec: 404).
    webtrigger_after_uninstall_status: int = 404
    # §10.5 — preUninstall → remote: timeout in seconds (module page: 55; remote contract: 5)
    # and whether a system token is attached.
    pre_uninstall_timeout: float = 55.0
    pre_uninstall_system_token: bool = True
    # §10.6 — revoke an installation's tokens immediately at uninstall (spec recommendation).
    revoke_on_uninstall: bool = True
    # §10.7 — scope required by GET /2.0/workspaces/{ws} (assumed read:workspace:bitbucket).
    workspace_scope: str = "read:workspace:bitbucket"
    # §10.8 — the app bot user sees every repository of the workspace (True) or only those
    # the installing admin can see (False: repositories marked `restricted` are hidden).
    bot_sees_all_repositories: bool = True
    # §10.9 — accept `Authorization: Bearer` for git (unproven on Cloud; Basic x-token-auth only).
    git_accept_bearer: bool = False
    # §10.10 — also send a W3C `traceparent` header (only x-b3-* are documented).
    send_traceparent: bool = False
    # §1.1 — scheduled-trigger deliveries duplicated (documented "can be duplicated").
    duplicate_scheduled: bool = False
    # §1.2 — prefix the x-forge-oauth-system value with "Bearer " (peer code tolerates it).
    system_token_bearer_prefix: bool = False
    # §6.1.8 — REST with Basic x-token-auth is undocumented; reject unless this flag is set.
    rest_accept_basic: bool = False

    # Timeouts (seconds) and retry policy of the platform's remote calls (§1.1).
    ui_timeout: float = 25.0
    event_timeout: float = 5.0
    function_timeout: float = 55.0
    max_retries: int = 4
    retry_delay: float = 60.0  # seconds of emulator clock between redeliveries

    # Bitbucket REST behaviour (§5).
    rate_limit_repositories: int = 1000  # per token per rolling hour
    rate_limit_workspaces: int = 1000
    omit_size: bool = False
    # Fault switches (§6.1.8): set at runtime through POST /_emu/faults as well.
    fault_html_404: bool = False
    fault_5xx_rate: float = 0.0
    fault_slow_seconds: float = 0.0
    fault_clone_userinfo: bool = False
    fault_scope_headers: bool = True  # X-OAuth-Scopes / X-Accepted-OAuth-Scopes headers
    fault_5xx_next: int = 0  # the next N REST requests answer 500 (deterministic fault)
    # §2.2 — add the UNCONFIRMED `eventType` / `context` fields that peers report to
    # lifecycle event payloads (documented fields only by default).
    lifecycle_extra_fields: bool = False

    # Function runner (node-runner.md): "auto" uses node when available and forge-app exists.
    runner: RunnerMode = "auto"
    node_binary: str = "node"
    forge_app_dir: Path | None = None

    # Installation Details API limit: 1 request / 5 min per installation (§1.6).
    install_details_interval: float = 300.0

    # The emulated GitHub App's URLs (trace_emulator.github); None: derived from remote_url
    # (`/integrations/github/webhook/`, `/setup/`, `/callback/`). Changeable at runtime through
    # POST /_emu/github/app.
    github_webhook_url: str | None = None
    github_setup_url: str | None = None
    github_callback_url: str | None = None
    # The App's client id, as the developer registering it copied it into Trace's settings;
    # None: kept from the state directory, or a new one.
    github_client_id: str | None = None

    def public_dict(self) -> dict[str, Any]:
        """JSON-safe view of the settings (no secrets live here)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = str(value) if isinstance(value, Path) else value
        return out

    def update(self, changes: dict[str, Any]) -> None:
        """Apply runtime switch changes; unknown names or wrong types are refused, not ignored."""
        known = {f.name: f for f in dataclasses.fields(self)}
        for name in changes:
            if name not in known or name in _IMMUTABLE:
                raise ValueError(f"unknown or immutable setting: {name}")
        for name, value in changes.items():
            current = getattr(self, name)
            if isinstance(current, bool) and not isinstance(value, bool):
                raise ValueError(f"setting {name} expects a boolean")
            if isinstance(current, (int, float)) and not isinstance(current, bool):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(f"setting {name} expects a number")
                value = type(current)(value)
            if isinstance(current, str) and not isinstance(value, str):
                raise ValueError(f"setting {name} expects a string")
            setattr(self, name, value)
        _validate(self)


_IMMUTABLE = {
    "host",
    "port",
    "seed",
    "state_dir",
    "manifest_path",
    "app_uuid",
    "environment_uuid",
    "forge_app_dir",
    "github_webhook_url",
    "github_setup_url",
    "github_callback_url",
    "github_client_id",
}


def _validate(cfg: EmulatorConfig) -> None:
    if cfg.envelope not in ("bare", "payload"):
        raise ValueError("envelope must be 'bare' or 'payload'")
    if cfg.gating not in ("strict", "lenient"):
        raise ValueError("gating must be 'strict' or 'lenient'")
    if cfg.runner not in ("auto", "node", "python"):
        raise ValueError("runner must be 'auto', 'node' or 'python'")
    ttl = cfg.function_token_ttl
    if ttl not in ("random", "cached"):
        try:
            if float(ttl) <= 0:
                raise ValueError
        except ValueError:
            raise ValueError(
                "function_token_ttl must be 'random', 'cached' or seconds > 0"
            ) from None


def validate(cfg: EmulatorConfig) -> EmulatorConfig:
    _validate(cfg)
    return cfg
