"""The pre-commit hook (.pre-commit-hooks.yaml) on a throw-away repository: a planted secret
blocks the commit. `pre-commit` itself is not a dependency, so the hook's entry is run exactly
as pre-commit runs it: split like a shell command, the staged file names appended, in the
repository's top folder, with the `trace` of this environment first on PATH."""

from __future__ import annotations

import io
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.support.git_trees import GIT_ENV, git, init_repo, write
from tests.support.paths import REPO_ROOT
from tracesec.cli import exit_codes
from tracesec.cli.main import main
from tracesec.engines.secrets.detectors.base import fake

HOOKS = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
TOKEN = fake("ghp_", 36, seed="pre-commit-hook")
BIN = Path(sys.executable).parent


def _hook(hook_id: str) -> dict[str, object]:
    [hook] = [h for h in HOOKS if h["id"] == hook_id]
    return hook  # type: ignore[no-any-return]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_ENV)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def _run_hook(repo: Path, hook_id: str, files: list[str]) -> subprocess.CompletedProcess[str]:
    entry = shlex.split(str(_hook(hook_id)["entry"]))
    return subprocess.run(
        [*entry, *files], cwd=repo, env=_env(), capture_output=True, text=True, timeout=300
    )


def test_hooks_file_declares_staged_secrets_and_sast() -> None:
    ids = {h["id"] for h in HOOKS}
    assert {"trace-scan", "trace-scan-system", "trace-secrets"} <= ids
    for hook in HOOKS:
        assert hook["entry"].startswith("trace scan --staged --engines ")
        assert hook["language"] in ("python", "system")
        assert hook.get("pass_filenames", True) is True
    entry = shlex.split(str(_hook("trace-scan")["entry"]))
    assert entry[entry.index("--engines") + 1] == "secrets,sast"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = init_repo(tmp_path / "repo")
    write(root, "README.md", "hello\n")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "init")
    return root


def test_planted_secret_blocks_and_clean_files_pass(repo: Path) -> None:
    write(repo, "config/settings.py", f'GITHUB_TOKEN = "{TOKEN}"\n')
    write(repo, "notes.txt", "nothing to see\n")
    git(repo, "add", "-A")
    blocked = _run_hook(repo, "trace-scan", ["config/settings.py", "notes.txt"])
    assert blocked.returncode == exit_codes.FINDINGS, blocked.stderr
    assert "github-pat" in blocked.stdout
    assert "config/settings.py:1" in blocked.stdout
    assert TOKEN not in blocked.stdout + blocked.stderr
    passed = _run_hook(repo, "trace-scan", ["notes.txt"])
    assert passed.returncode == exit_codes.OK, passed.stdout + passed.stderr


def test_the_staged_version_is_scanned_not_the_work_tree(repo: Path) -> None:
    write(repo, "app.env", f"TOKEN={TOKEN}\n")
    git(repo, "add", "app.env")
    write(repo, "app.env", "TOKEN=removed-but-not-staged\n")
    assert _run_hook(repo, "trace-secrets", ["app.env"]).returncode == exit_codes.FINDINGS
    git(repo, "add", "app.env")
    write(repo, "app.env", f"TOKEN={TOKEN}\n")  # unstaged: not part of the commit
    assert _run_hook(repo, "trace-secrets", ["app.env"]).returncode == exit_codes.OK


def test_a_real_git_commit_is_blocked_by_the_hook(repo: Path) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    # what pre-commit's installed hook amounts to: the entry, run in the work tree
    hook.write_text(f"#!/bin/sh\nexec {_hook('trace-secrets')['entry']}\n")
    hook.chmod(hook.stat().st_mode | stat.S_IXUSR)
    write(repo, "deploy/ci.env", f"GITHUB_TOKEN={TOKEN}\n")
    git(repo, "add", "-A")
    commit = subprocess.run(
        ["git", "-C", str(repo), "commit", "-m", "add ci env"],
        env=_env(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert commit.returncode != 0
    assert "github-pat" in commit.stdout + commit.stderr
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "1"  # nothing was committed
    write(repo, "deploy/ci.env", f"GITHUB_TOKEN={TOKEN}  # trace-ignore: github-pat revoked\n")
    git(repo, "add", "-A")
    subprocess.run(
        ["git", "-C", str(repo), "commit", "-q", "-m", "add ci env (revoked, suppressed)"],
        env=_env(), check=True, timeout=300,
    )  # fmt: skip
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "2"


def test_staged_without_names_scans_every_staged_file(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo, "a.env", f"TOKEN={TOKEN}\n")
    write(repo, "untracked.env", f"TOKEN={TOKEN}\n")
    git(repo, "add", "a.env")
    monkeypatch.chdir(repo)
    out, err = io.StringIO(), io.StringIO()
    code = main(["scan", "--staged", "--engines", "secrets", "--format", "json"], out, err)
    assert code == exit_codes.FINDINGS, err.getvalue()
    assert '"path": "a.env"' in out.getvalue()
    assert "untracked.env" not in out.getvalue()


def test_staged_outside_a_repository_and_bad_names(
    tmp_path: Path, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["scan", "--staged"], out, err) == exit_codes.TARGET_ERROR
    assert "not inside a git work tree" in err.getvalue()
    monkeypatch.chdir(repo)
    err = io.StringIO()
    assert main(["scan", "--staged", "../elsewhere.py"], out, err) == exit_codes.TARGET_ERROR
    assert "is not a file of the repository" in err.getvalue()
    err = io.StringIO()
    assert main(["scan"], out, err) == exit_codes.USAGE
    assert "give one directory" in err.getvalue()
