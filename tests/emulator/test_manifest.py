"""Manifest loading: the real forge-app manifest, variables, and wiring checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from trace_emulator import yamlio
from trace_emulator.manifest import Manifest, ManifestError, default_manifest_path, join_url

BUNDLED = (
    Path(__file__).resolve().parents[2] / "src" / "trace_emulator" / "fixtures" / "manifest.yml"
)
VARS = {"TRACE_REMOTE_URL": "http://127.0.0.1:9000/base", "TRACE_FORGE_APP_UUID": "abc"}


def test_real_manifest_is_read_and_variables_resolved() -> None:
    path = default_manifest_path()
    manifest = Manifest.load(path, VARS)
    assert manifest.app_id == "ari:cloud:ecosystem::app/abc"
    assert manifest.remote("trace")["baseUrl"] == "http://127.0.0.1:9000/base"
    assert manifest.scopes == [
        "read:app-system-token",
        "read:repository:bitbucket",
        "read:workspace:bitbucket",
    ]
    endpoint = manifest.endpoint("ep-uninstall")
    assert manifest.endpoint_url(endpoint) == "http://127.0.0.1:9000/base/forge/v1/uninstall"
    assert manifest.system_token_allowed(manifest.endpoint("ep-ui")["auth"])
    assert not manifest.system_token_allowed(manifest.endpoint("ep-heartbeat").get("auth"))


def test_bundled_fallback_matches_the_real_manifest() -> None:
    real = default_manifest_path()
    if real == BUNDLED:
        pytest.skip("forge-app/manifest.yml is not present")
    assert Manifest.load(BUNDLED, VARS).summary() | {"path": ""} == (
        Manifest.load(real, VARS).summary() | {"path": ""}
    )


def test_default_variable_and_missing_variable() -> None:
    raw = yamlio.safe_load(BUNDLED.read_text())
    with_default = Manifest.from_dict(raw, {"TRACE_FORGE_APP_UUID": "x"})
    assert with_default.remote("trace")["baseUrl"] == "https://forge-remote.trace.example.com"
    with pytest.raises(ManifestError, match="TRACE_FORGE_APP_UUID"):
        Manifest.from_dict(raw, {})


def test_wiring_errors_are_reported() -> None:
    raw = yamlio.safe_load(BUNDLED.read_text())
    raw["modules"]["endpoint"][0]["remote"] = "nowhere"
    with pytest.raises(ManifestError, match="unknown remote"):
        Manifest.from_dict(raw, VARS)
    with pytest.raises(ManifestError):
        Manifest.from_dict(["not", "a", "mapping"], VARS)
    with pytest.raises(ManifestError):
        join_url("http://x", "https://elsewhere/")
