"""git smart HTTP: real clones through git http-backend, Bitbucket-style auth, auth-mode log."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx

from tests.emulator.gitenv import git_env
from trace_emulator.testing import RunningEmulator


def _git_env(token: str | None, base: str) -> dict[str, str]:
    return git_env("x-token-auth", token, base)


def _clone(url: str, dest: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "clone", "--quiet", "--no-tags", url, str(dest)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_clone_with_header_works_and_is_logged_as_header(
    emu: RunningEmulator, installed: dict, tmp_path: Path
) -> None:
    token = emu.client.mint_token(installed["id"])["token"]
    url = f"{emu.git_base_url}/acme/payments-api.git"
    proc = _clone(url, tmp_path / "c", _git_env(token, emu.git_base_url))
    assert proc.returncode == 0, proc.stderr
    files = sorted(p.name for p in (tmp_path / "c").iterdir() if p.name != ".git")
    assert "app.py" in files
    assert "settings_local.py" not in files
    log = subprocess.run(
        ["git", "-C", str(tmp_path / "c"), "log", "--format=%s"], capture_output=True, text=True
    ).stdout.splitlines()
    assert log == ["Move settings out of the repository", "Initial import"]
    entries = emu.client.git_log()
    assert entries
    assert all(e["authMode"] == "header" for e in entries)
    assert all(e["status"] == 200 for e in entries)
    assert all(token not in str(e) for e in entries)  # the log never holds the token


def test_clone_with_token_in_url_is_logged_as_challenge(
    emu: RunningEmulator, installed: dict, tmp_path: Path
) -> None:
    token = emu.client.mint_token(installed["id"])["token"]
    host = emu.git_base_url.removeprefix("http://")
    proc = _clone(
        f"http://x-token-auth:{token}@{host}/acme/payments-api.git",
        tmp_path / "c",
        _git_env(None, emu.git_base_url),
    )
    assert proc.returncode == 0, proc.stderr
    modes = [e["authMode"] for e in emu.client.git_log()]
    assert modes[0] == "none"  # git first asks without credentials…
    assert "challenge" in modes
    assert "header" not in modes


def test_no_credentials_401_with_bitbucket_realm(emu: RunningEmulator, installed: dict) -> None:
    resp = httpx.get(
        f"{emu.git_base_url}/acme/payments-api.git/info/refs", params={"service": "git-upload-pack"}
    )
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"] == 'Basic realm="Bitbucket.org HTTP"'


def test_expired_token_refused_by_git(
    emu: RunningEmulator, installed: dict, tmp_path: Path
) -> None:
    token = emu.client.mint_token(installed["id"], ttl=30)["token"]
    emu.client.advance(31)
    proc = _clone(
        f"{emu.git_base_url}/acme/payments-api.git",
        tmp_path / "c",
        _git_env(token, emu.git_base_url),
    )
    assert proc.returncode != 0
    assert token not in proc.stderr
    assert emu.client.git_log()[-1]["reason"] == "expired"


def test_revoked_after_uninstall_refused_by_git(
    emu: RunningEmulator, installed: dict, tmp_path: Path
) -> None:
    token = emu.client.mint_token(installed["id"])["token"]
    emu.client.uninstall(installed["id"])
    proc = _clone(
        f"{emu.git_base_url}/acme/payments-api.git",
        tmp_path / "c",
        _git_env(token, emu.git_base_url),
    )
    assert proc.returncode != 0
    assert emu.client.git_log()[-1]["reason"] == "revoked"


def test_missing_scope_403_and_bearer_refused(emu: RunningEmulator, installed: dict) -> None:
    narrow = emu.client.mint_token(installed["id"], scopes=["read:workspace:bitbucket"])["token"]
    url = f"{emu.git_base_url}/acme/payments-api.git/info/refs?service=git-upload-pack"
    resp = httpx.get(url, auth=("x-token-auth", narrow))
    assert resp.status_code == 403
    assert resp.text == "Your credentials lack one or more required privilege scopes."
    token = emu.client.mint_token(installed["id"])["token"]
    bearer = httpx.get(url, headers={"Authorization": f"Bearer {token}"})
    assert bearer.status_code == 401  # Basic x-token-auth only (§10.9 switch off)
    emu.client.config(git_accept_bearer=True)
    assert httpx.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_push_is_refused(emu: RunningEmulator, installed: dict) -> None:
    token = emu.client.mint_token(installed["id"])["token"]
    resp = httpx.get(
        f"{emu.git_base_url}/acme/payments-api.git/info/refs?service=git-receive-pack",
        auth=("x-token-auth", token),
    )
    assert resp.status_code == 403


def test_pushed_commit_and_rename_are_visible_to_clones(
    emu: RunningEmulator, installed: dict, tmp_path: Path
) -> None:
    token = emu.client.mint_token(installed["id"])["token"]
    result = emu.client.push_commit(
        "acme",
        "payments-api",
        {"app.py": "print('fixed')\n", "new.py": "import os\nos.system(input())\n"},
        message="Fix one, add one",
    )
    assert len(result["commit"]) == 40
    assert result["before"]
    renamed = emu.client.rename_repository("acme", "payments-api", "payments-core")
    proc = _clone(
        f"{emu.git_base_url}/acme/payments-core.git",
        tmp_path / "c",
        _git_env(token, emu.git_base_url),
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "c" / "app.py").read_text() == "print('fixed')\n"
    assert (tmp_path / "c" / "new.py").exists()
    head = subprocess.run(
        ["git", "-C", str(tmp_path / "c"), "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    assert head == result["commit"]
    assert renamed["full_name"] == "acme/payments-core"
