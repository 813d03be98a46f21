"""Bare git repositories on disk, written with git plumbing (no work tree needed).

Commits are built with a temporary index: hash the blobs, update the index, write the tree,
commit and move the branch. Dates and authors come from the caller, so fixture history is
deterministic.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

GIT_ENV_BASE = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_TERMINAL_PROMPT": "0",
    "HOME": "/nonexistent",
    "LC_ALL": "C",
}


class GitError(RuntimeError):
    pass


@dataclass(frozen=True)
class Author:
    name: str
    email: str

    @classmethod
    def parse(cls, text: str) -> Author:
        if "<" in text and text.rstrip().endswith(">"):
            name, _, rest = text.partition("<")
            return cls(name.strip(), rest.rstrip(">").strip())
        return cls(text.strip(), f"{text.strip().lower().replace(' ', '.')}@example.test")


def _git(
    git_dir: Path, *args: str, input_bytes: bytes | None = None, env: dict[str, str] | None = None
) -> str:
    full_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **GIT_ENV_BASE, **(env or {})}
    proc = subprocess.run(
        ["git", f"--git-dir={git_dir}", *args],
        input=input_bytes,
        capture_output=True,
        env=full_env,
        check=False,
    )
    if proc.returncode != 0:
        raise GitError(f"git {args[0]} failed: {proc.stderr.decode(errors='replace').strip()}")
    return proc.stdout.decode()


def init_bare(git_dir: Path, branch: str = "main") -> None:
    git_dir.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["git", "init", "--quiet", "--bare", f"--initial-branch={branch}", str(git_dir)],
        check=True,
        capture_output=True,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **GIT_ENV_BASE},
    )
    # http-backend serves only repos marked exportable (or all with GIT_HTTP_EXPORT_ALL).
    (git_dir / "git-daemon-export-ok").touch()


def head_commit(git_dir: Path, branch: str = "main") -> str | None:
    try:
        return _git(git_dir, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}").strip()
    except GitError:
        return None


def create_branch(git_dir: Path, branch: str, start: str) -> None:
    """Point a new branch at `start` (a pull request's head starts at its base)."""
    _git(git_dir, "update-ref", f"refs/heads/{branch}", start, "0" * 40)


def set_pull_head(git_dir: Path, number: int, sha: str) -> None:
    """`refs/pull/{number}/head`, which GitHub keeps on the base repository for every pull
    request (fetchable even when the head branch lives in a fork)."""
    _git(git_dir, "update-ref", f"refs/pull/{int(number)}/head", sha)


def commit_exists(git_dir: Path, sha: str) -> bool:
    try:
        return _git(git_dir, "cat-file", "-t", sha).strip() == "commit"
    except GitError:
        return False


def commit_files(
    git_dir: Path,
    files: dict[str, bytes | None],
    *,
    message: str,
    author: Author,
    date: str,
    branch: str = "main",
) -> str:
    """Commit `files` (path → content, or None to delete) on top of `branch`; return the sha."""
    parent = head_commit(git_dir, branch)
    with tempfile.TemporaryDirectory(prefix="emu-index-") as tmp:
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        if parent:
            _git(git_dir, "read-tree", parent, env=env)
        lines = []
        for path, content in sorted(files.items()):
            clean = _safe_path(path)
            if content is None:
                # mode 0 removes the path from the index (no work tree needed)
                lines.append(f"0 {'0' * 40}\t{clean}")
                continue
            sha = _git(git_dir, "hash-object", "-w", "--stdin", input_bytes=content).strip()
            mode = "100755" if clean.endswith(".sh") else "100644"
            lines.append(f"{mode} {sha}\t{clean}")
        if lines:
            _git(
                git_dir,
                "update-index",
                "--index-info",
                input_bytes=("\n".join(lines) + "\n").encode(),
                env=env,
            )
        tree = _git(git_dir, "write-tree", env=env).strip()
    commit_env = {
        "GIT_AUTHOR_NAME": author.name,
        "GIT_AUTHOR_EMAIL": author.email,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_NAME": author.name,
        "GIT_COMMITTER_EMAIL": author.email,
        "GIT_COMMITTER_DATE": date,
    }
    args = ["commit-tree", tree, "-F", "-"]
    if parent:
        args[2:2] = ["-p", parent]
    sha = _git(git_dir, *args, input_bytes=message.encode(), env=commit_env).strip()
    _git(git_dir, "update-ref", f"refs/heads/{branch}", sha)
    return sha


def commit_text_files(
    git_dir: Path,
    files: dict[str, str | None],
    *,
    message: str,
    author: str | None,
    date: str,
    branch: str,
) -> str:
    """`commit_files` for the control planes: text contents, an "Name <email>" author."""
    return commit_files(
        git_dir,
        {p: (c.encode() if c is not None else None) for p, c in files.items()},
        message=message,
        author=Author.parse(author or "Emulator <emulator@example.test>"),
        date=date,
        branch=branch,
    )


def list_files(git_dir: Path, ref: str = "main") -> list[str]:
    out = _git(git_dir, "ls-tree", "-r", "--name-only", ref)
    return [line for line in out.splitlines() if line]


def read_file(git_dir: Path, path: str, ref: str = "main") -> bytes:
    full_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **GIT_ENV_BASE}
    proc = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{ref}:{_safe_path(path)}"],
        capture_output=True,
        env=full_env,
        check=False,
    )
    if proc.returncode != 0:
        raise GitError(f"no such file at {ref}: {path}")
    return proc.stdout


def repo_size(git_dir: Path) -> int:
    total = 0
    for root, _dirs, names in os.walk(git_dir):
        for name in names:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                continue
    return total


def remove(git_dir: Path) -> None:
    shutil.rmtree(git_dir, ignore_errors=True)


def _safe_path(path: str) -> str:
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or parts[0] == ".git":
        raise GitError(f"refusing unsafe path in commit: {path!r}")
    return "/".join(parts)
