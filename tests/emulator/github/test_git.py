"""git smart HTTP for GitHub repositories: real clones with `x-access-token`, refused pushes."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import httpx

from tests.emulator.gitenv import git_env
from trace_emulator.github.testing import GitHubClient


def _env(user: str | None, token: str | None, base: str) -> dict[str, str]:
    return git_env(user or "", token, base)


def _git(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], env=env, capture_output=True, text=True, timeout=60)


def test_clone_with_an_installation_token_in_a_header(
    gh: GitHubClient, installed: dict[str, Any], tmp_path: Path
) -> None:
    token = gh.installation_token(installed["id"], repositories=["orders-service"])["token"]
    url = f"{gh.web_url}/northwind/orders-service.git"
    proc = _git(
        "clone", "--quiet", url, str(tmp_path / "c"), env=_env("x-access-token", token, gh.web_url)
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "c" / "app.py").is_file()
    log = gh.git_log()
    assert {entry["status"] for entry in log} == {200}
    assert {entry["authMode"] for entry in log} == {"header"}
    assert all(token not in str(entry) for entry in log)
    assert log[0]["tokenFingerprint"]


def test_clone_without_credentials_or_with_bad_ones_is_401(
    gh: GitHubClient, installed: dict[str, Any], tmp_path: Path
) -> None:
    url = f"{gh.web_url}/northwind/orders-service.git"
    good = gh.installation_token(installed["id"])["token"]
    cases = [(None, None), ("x-access-token", "ghs_" + "x" * 36), ("oauth2", good), ("git", good)]
    for i, (user, token) in enumerate(cases):
        proc = _git(
            "clone", "--quiet", url, str(tmp_path / f"c{i}"), env=_env(user, token, gh.web_url)
        )
        assert proc.returncode != 0
    statuses = [e["status"] for e in gh.git_log()]
    assert set(statuses) == {401}
    raw = httpx.get(f"{url}/info/refs?service=git-upload-pack", trust_env=False)
    assert raw.status_code == 401
    assert raw.headers["www-authenticate"].startswith("Basic")


def test_token_must_cover_the_repository(
    gh: GitHubClient, installed: dict[str, Any], tmp_path: Path
) -> None:
    narrowed = gh.installation_token(installed["id"], repositories=["platform-tools"])["token"]
    env = _env("x-access-token", narrowed, gh.web_url)
    for repo in ("northwind/orders-service", "northwind/storefront-web", "oscar-outsider/dotfiles"):
        proc = _git("clone", "--quiet", f"{gh.web_url}/{repo}.git", str(tmp_path / repo), env=env)
        assert proc.returncode != 0
    assert {e["status"] for e in gh.git_log()} == {404}


def test_token_without_contents_permission_cannot_clone(
    gh: GitHubClient, installed: dict[str, Any], tmp_path: Path
) -> None:
    token = gh.installation_token(installed["id"], permissions={"checks": "write"})["token"]
    url = f"{gh.web_url}/northwind/orders-service.git"
    proc = _git(
        "clone", "--quiet", url, str(tmp_path / "c"), env=_env("x-access-token", token, gh.web_url)
    )
    assert proc.returncode != 0
    assert gh.git_log()[-1]["status"] == 403


def test_push_is_refused_with_403(
    gh: GitHubClient, installed: dict[str, Any], tmp_path: Path
) -> None:
    token = gh.installation_token(installed["id"])["token"]
    env = _env("x-access-token", token, gh.web_url)
    url = f"{gh.web_url}/northwind/orders-service.git"
    work = tmp_path / "c"
    assert _git("clone", "--quiet", url, str(work), env=env).returncode == 0
    (work / "new.txt").write_text("x\n")
    ident = ["-c", "user.name=T", "-c", "user.email=t@example.test"]
    assert _git("-C", str(work), "add", "new.txt", env=env).returncode == 0
    assert _git("-C", str(work), *ident, "commit", "-qm", "x", env=env).returncode == 0
    push = _git("-C", str(work), "push", "origin", "HEAD:main", env=env)
    assert push.returncode != 0
    assert gh.git_log()[-1]["status"] == 403
    assert "receive-pack" in gh.git_log()[-1]["service"]


def test_expired_or_revoked_token_cannot_clone(
    emu: Any, gh: GitHubClient, installed: dict[str, Any], tmp_path: Path
) -> None:
    token = gh.installation_token(installed["id"])["token"]
    env = _env("x-access-token", token, gh.web_url)
    url = f"{gh.web_url}/northwind/orders-service.git"
    emu.client.advance(3601)
    assert _git("clone", "--quiet", url, str(tmp_path / "a"), env=env).returncode != 0
    token = gh.installation_token(installed["id"])["token"]
    gh.uninstall(installed["id"])
    env = _env("x-access-token", token, gh.web_url)
    assert _git("clone", "--quiet", url, str(tmp_path / "b"), env=env).returncode != 0
    assert {e["status"] for e in gh.git_log()} == {401}
