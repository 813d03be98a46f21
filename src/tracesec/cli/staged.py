"""`trace scan --staged`: scan what is about to be committed, as a pre-commit hook needs.

The staged (index) version of each file is written into a private temporary folder and
scanned there, so unstaged edits neither hide nor add findings. The files are the ones named
on the command line (pre-commit passes the staged files it selected) or, without names,
every file staged for commit. ``.trace.yml`` is taken from the index too, so repository
suppressions apply; findings are reported only for the selected files, under their paths in
the repository.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracesec.engines import TargetError
from tracesec.engines.suppressions import CONFIG_PATH
from tracesec.engines.targets import git_argv, git_env

GIT_TIMEOUT_SECONDS = 60


@dataclass(frozen=True, slots=True)
class StagedTree:
    repository: Path  # the work tree's top folder
    tree: Path  # the temporary folder holding the staged versions
    paths: frozenset[str]  # the selected files, relative to the repository


def _git(repository: Path, *args: str, stdin: bytes | None = None) -> bytes:
    env = git_env()
    # a hook of `git commit <paths>` runs against a temporary index named by GIT_INDEX_FILE
    if "GIT_INDEX_FILE" in os.environ:
        env["GIT_INDEX_FILE"] = os.path.abspath(os.environ["GIT_INDEX_FILE"])
    env["GIT_LITERAL_PATHSPECS"] = "1"  # file names are names, never patterns
    try:
        proc = subprocess.run(
            git_argv(repository, *args),
            input=stdin,
            capture_output=True,
            timeout=GIT_TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TargetError(f"git could not run ({type(exc).__name__})") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise TargetError(f"git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc.stdout


def _split(output: bytes) -> list[str]:
    return [os.fsdecode(item) for item in output.split(b"\0") if item]


def repository_of(start: Path) -> Path:
    try:
        top = _git(start, "rev-parse", "--show-toplevel")
    except TargetError:
        raise TargetError(f"{start} is not inside a git work tree (--staged needs one)") from None
    return Path(os.fsdecode(top.rstrip(b"\n")))


def select(repository: Path, names: Sequence[str], cwd: Path) -> list[str]:
    """Repository-relative paths of ``names`` (relative to ``cwd``) that are in the index, or
    of every staged (added, copied, modified, renamed) file when no name is given."""
    if not names:
        staged = _git(repository, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR")
        return _split(staged)
    top = os.path.realpath(repository)
    relative = []
    for name in names:
        path = os.path.relpath(os.path.realpath(cwd / name), top)
        if path == os.curdir or path.startswith(os.pardir + os.sep) or path == os.pardir:
            raise TargetError(f"{name} is not a file of the repository at {repository}")
        relative.append(Path(path).as_posix())
    listed = _git(repository, "ls-files", "-z", "--cached", "--", *relative)
    return _split(listed)


@contextlib.contextmanager
def staged_tree(start: Path, names: Sequence[str]) -> Iterator[StagedTree]:
    """The staged versions of the selected files in a temporary folder, removed afterwards."""
    repository = repository_of(start)
    paths = select(repository, names, start)
    with tempfile.TemporaryDirectory(prefix="trace-staged-") as folder:
        tree = Path(folder)
        wanted = list(paths)
        if CONFIG_PATH not in wanted and _git(repository, "ls-files", "-z", "--", CONFIG_PATH):
            wanted.append(CONFIG_PATH)
        if wanted:
            stdin = b"".join(os.fsencode(p) + b"\0" for p in wanted)
            _git(repository, "checkout-index", "-z", "--stdin", f"--prefix={tree}/", stdin=stdin)
        yield StagedTree(repository=repository, tree=tree, paths=frozenset(paths))
