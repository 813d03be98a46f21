"""Load a Forge `manifest.yml`, resolve `${VARS}`, and answer the wiring questions the
platform asks (which endpoint, which remote, is a system token attached…)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trace_emulator import yamlio

PRODUCT_SCOPE_SUFFIXES = (":bitbucket", ":jira", ":confluence", ":jira-work", ":jira-user")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
SETTINGS_PAGE_TYPE = "bitbucket:workspaceSettingsMenuPage"


class ManifestError(ValueError):
    pass


def default_manifest_path() -> Path:
    """The real app manifest in the source tree when present, else the bundled §3.1 copy."""
    repo_manifest = Path(__file__).resolve().parents[2] / "forge-app" / "manifest.yml"
    if repo_manifest.exists():
        return repo_manifest
    return Path(__file__).resolve().parent / "fixtures" / "manifest.yml"


def _resolve(value: Any, variables: dict[str, str]) -> Any:
    if isinstance(value, str):

        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in variables:
                raise ManifestError(f"manifest variable ${{{name}}} has no value")
            return variables[name]

        return _VAR.sub(sub, value)
    if isinstance(value, list):
        return [_resolve(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, variables) for k, v in value.items()}
    return value


@dataclass
class Manifest:
    raw: dict[str, Any]
    path: str

    @classmethod
    def load(cls, path: Path, variables: dict[str, str]) -> Manifest:
        try:
            data = yamlio.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yamlio.YAMLError) as exc:
            raise ManifestError(f"cannot read manifest {path}: {exc}") from exc
        return cls.from_dict(data, variables, str(path))

    @classmethod
    def from_dict(cls, data: Any, variables: dict[str, str], origin: str = "<dict>") -> Manifest:
        if not isinstance(data, dict) or "modules" not in data:
            raise ManifestError("manifest must be a mapping with `modules`")
        values = dict(variables)
        env_vars = (data.get("environment") or {}).get("variables") or []
        for item in env_vars:
            if isinstance(item, dict) and "key" in item and "default" in item:
                values.setdefault(str(item["key"]), str(item["default"]))
        resolved = _resolve(data, values)
        manifest = cls(raw=resolved, path=origin)
        manifest._check()
        return manifest

    def _check(self) -> None:
        for ep in self.modules("endpoint"):
            if self.remote(ep.get("remote", "")) is None:
                raise ManifestError(f"endpoint {ep.get('key')} names an unknown remote")
        for fn in self.modules("webtrigger") + self.modules("trigger"):
            if "function" in fn and self.function(fn["function"]) is None:
                raise ManifestError(f"module {fn.get('key')} names an unknown function")

    # --- lookups -------------------------------------------------------------------------
    @property
    def app_id(self) -> str:
        return str(self.raw.get("app", {}).get("id", ""))

    @property
    def scopes(self) -> list[str]:
        return list((self.raw.get("permissions") or {}).get("scopes") or [])

    def modules(self, module_type: str) -> list[dict[str, Any]]:
        items = (self.raw.get("modules") or {}).get(module_type) or []
        return [m for m in items if isinstance(m, dict)]

    def module_by_key(self, key: str) -> tuple[str, dict[str, Any]] | None:
        for module_type, items in (self.raw.get("modules") or {}).items():
            for item in items or []:
                if isinstance(item, dict) and item.get("key") == key:
                    return module_type, item
        return None

    def function(self, key: str) -> dict[str, Any] | None:
        return next((f for f in self.modules("function") if f.get("key") == key), None)

    def endpoint(self, key: str) -> dict[str, Any] | None:
        return next((e for e in self.modules("endpoint") if e.get("key") == key), None)

    def remote(self, key: str) -> dict[str, Any] | None:
        remotes = self.raw.get("remotes") or []
        return next((r for r in remotes if isinstance(r, dict) and r.get("key") == key), None)

    def triggers_for(self, event_type: str) -> list[dict[str, Any]]:
        return [t for t in self.modules("trigger") if event_type in (t.get("events") or [])]

    def has_product_scope(self) -> bool:
        return any(s.endswith(PRODUCT_SCOPE_SUFFIXES) for s in self.scopes)

    def system_token_allowed(self, auth: dict[str, Any] | None) -> bool:
        """§1.2: only with appSystemToken enabled, the token scope, and a product scope."""
        enabled = bool(((auth or {}).get("appSystemToken") or {}).get("enabled"))
        return enabled and "read:app-system-token" in self.scopes and self.has_product_scope()

    def endpoint_url(self, endpoint: dict[str, Any], path: str | None = None) -> str:
        remote = self.remote(endpoint["remote"])
        assert remote is not None  # checked at load
        route = path if path is not None else (endpoint.get("route") or {}).get("path", "/")
        return join_url(str(remote["baseUrl"]), route)

    def summary(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "appId": self.app_id,
            "scopes": self.scopes,
            "remotes": [
                {"key": r.get("key"), "baseUrl": r.get("baseUrl")}
                for r in self.raw.get("remotes") or []
            ],
            "modules": {
                k: [m.get("key") for m in v or [] if isinstance(m, dict)]
                for k, v in (self.raw.get("modules") or {}).items()
            },
        }


def join_url(base: str, path: str) -> str:
    """Resolve like Forge: the remote baseUrl plus an absolute path (keeps a base path prefix)."""
    if path.startswith(("http://", "https://")):
        raise ManifestError("invokeRemote paths must be relative to the remote baseUrl")
    return base.rstrip("/") + "/" + path.lstrip("/")
