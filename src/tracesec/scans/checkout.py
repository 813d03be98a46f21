"""Clone a repository with a short-lived token, leaving no trace of the token anywhere.

The credential travels only as an HTTP header set through git's *environment* configuration
(`GIT_CONFIG_COUNT/KEY/VALUE`), so it is never in argv (visible in `ps`), a URL, `.git/config`,
or any file. System and global git config are ignored, credential helpers and prompts are off,
redirects are not followed, only http(s) transports are allowed. The clone lands in a private
(0700) temporary directory that is always removed, and time and size are capped. git's stderr is
scrubbed before it can reach a message.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

logger = logging.getLogger(__name__)

_FULL_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,128}/[A-Za-z0-9_.-]{1,128}$")
_BRANCH = re.compile(r"^(?!-)(?!.*\.\.)[A-Za-z0-9._/+-]{1,255}$")
_USERINFO = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]*@")
_URL = re.compile(r"[a-z][a-z0-9+.-]*://[^\s'\"]+")
_AUTH_LINE = re.compile(r"(?i)authorization:[^\r\n]*")
_STDERR_KEEP = 64 * 1024
_MESSAGE_CHARS = 400


@dataclass(frozen=True)
class CloneLimits:
    timeout_seconds: float = 600.0
    max_bytes: int = 2 * 1024**3
    poll_seconds: float = 0.2


class CheckoutError(Exception):
    """Clone failed. `code` ∈ auth_failed, forbidden, not_found, timeout, too_large, git_failed,
    invalid. The message is scrubbed: it never holds the token, an Authorization header or URL
    userinfo."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def clone_url(git_base_url: str, full_name: str) -> str:
    """`<base>/<workspace>/<slug>.git` built from `full_name` (never from API clone hrefs)."""
    if not _FULL_NAME.match(full_name) or ".." in full_name:
        raise CheckoutError("invalid", "repository name is not valid")
    parts = urlsplit(git_base_url.rstrip("/"))
    if parts.scheme not in {"https", "http"} or not parts.hostname:
        raise CheckoutError("invalid", "git base URL must be http(s)")
    if parts.scheme == "http" and parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise CheckoutError("invalid", "plain-http git is only allowed on loopback")
    netloc = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, f"{parts.path}/{full_name}.git", "", ""))


def strip_userinfo(url: str) -> str:
    """Drop `user[:password]@` from a URL (Bitbucket clone hrefs can embed a username)."""
    return _USERINFO.sub(r"\1", url)


def scrub(text: str, *secrets: str) -> str:
    """Remove secrets (raw and in their Basic-auth forms), auth headers and URL userinfo."""
    for secret in secrets:
        if not secret:
            continue
        forms = [secret, base64.b64encode(secret.encode()).decode()]
        forms += [_basic(secret, username) for username in sorted(GIT_USERNAMES)]
        for form in forms:
            text = text.replace(form, "[redacted]")
    text = _AUTH_LINE.sub("authorization: [redacted]", text)
    return _USERINFO.sub(r"\1[redacted]@", text)


GIT_USERNAMES = frozenset({"x-token-auth", "x-access-token"})  # Bitbucket's, GitHub's


def _basic(token: str, username: str = "x-token-auth") -> str:
    return base64.b64encode(f"{username}:{token}".encode()).decode()


def git_environment(
    *, url: str, token: str, home: Path, username: str = "x-token-auth"
) -> dict[str, str]:
    """The complete environment for git: nothing is inherited except PATH."""
    parts = urlsplit(url)
    scope = urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    settings = [
        (f"http.{scope}.extraHeader", f"Authorization: Basic {_basic(token, username)}"),
        ("credential.helper", ""),
        ("core.askPass", ""),
        ("http.followRedirects", "false"),
        ("protocol.allow", "never"),
        (f"protocol.{parts.scheme}.allow", "always"),
        ("core.symlinks", "false"),
        ("core.hooksPath", "/dev/null"),
        ("submodule.recurse", "false"),
        ("transfer.fsckObjects", "true"),
    ]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "LANG": "C",
        "LC_ALL": "C",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_ASKPASS": shutil.which("false") or "/bin/false",
        "GIT_LFS_SKIP_SMUDGE": "1",
        "GIT_CONFIG_COUNT": str(len(settings)),
    }
    for index, (key, value) in enumerate(settings):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    return env


@contextmanager
def checkout(
    *,
    git_base_url: str,
    full_name: str,
    token: str,
    username: str = "x-token-auth",
    branch: str = "",
    limits: CloneLimits | None = None,
    git_binary: str = "git",
    work_root: Path | None = None,
    full_history: bool = False,
) -> Iterator[Path]:
    """Clone `full_name` (shallow unless ``full_history``) and yield the working tree;
    everything is removed on exit."""
    limits = limits or CloneLimits()
    url = clone_url(git_base_url, full_name)
    if username not in GIT_USERNAMES:
        raise CheckoutError("invalid", "unknown git username")
    if branch and not _BRANCH.match(branch):
        raise CheckoutError("invalid", "branch name is not valid")
    with _private_root(work_root) as (root, home):
        dest = root / "tree"
        # a history scan (secrets in past commits) needs every commit of the branch
        depth = [] if full_history else ["--depth", "1"]
        argv = [git_binary, "clone", *depth, "--no-tags", "--single-branch"]
        if branch:
            argv += ["--branch", branch]
        argv += ["--", url, str(dest)]
        _run_git(
            argv,
            env=git_environment(url=url, token=token, home=home, username=username),
            watch=root,
            limits=limits,
            token=token,
        )
        logger.info("checkout.cloned", extra={"repository": full_name})
        yield dest


@contextmanager
def _private_root(work_root: Path | None) -> Iterator[tuple[Path, Path]]:
    """A private (0700) directory with an empty git home in it, always removed on exit."""
    root = Path(tempfile.mkdtemp(prefix="trace-checkout-", dir=work_root))  # mode 0700
    try:
        os.chmod(root, 0o700)
        home = root / "home"
        home.mkdir(mode=0o700)
        yield root, home
    finally:
        shutil.rmtree(root, ignore_errors=True)
        if root.exists():  # pragma: no cover - only on odd permissions
            logger.error("checkout.cleanup_failed", extra={"path": str(root)})


@dataclass(frozen=True)
class PullRequestTree:
    """A pull request's head checked out at ``path``, and the commit its changes are measured
    from: the merge base of the head and the base branch, as GitHub's "Files changed" does."""

    path: Path
    head_sha: str
    merge_base: str


_SHA = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")


@contextmanager
def checkout_pull_request(
    *,
    git_base_url: str,
    full_name: str,
    token: str,
    username: str,
    number: int,
    base_ref: str,
    head_sha: str,
    limits: CloneLimits | None = None,
    git_binary: str = "git",
    work_root: Path | None = None,
) -> Iterator[PullRequestTree]:
    """Fetch ``refs/pull/{number}/head`` and the base branch (their history, for the merge
    base), check out ``head_sha`` and yield it; everything is removed on exit.

    ``head_sha`` must be among what was fetched: a pull request pushed to since the event still
    has it as an ancestor; one force-pushed away has not, and that is an error (``not_found``)."""
    limits = limits or CloneLimits()
    url = clone_url(git_base_url, full_name)
    if username not in GIT_USERNAMES:
        raise CheckoutError("invalid", "unknown git username")
    if not _BRANCH.match(base_ref) or not _SHA.match(head_sha) or number < 1:
        raise CheckoutError("invalid", "pull request reference is not valid")
    with _private_root(work_root) as (root, home):
        dest = root / "tree"
        env = git_environment(url=url, token=token, home=home, username=username)
        local = git_environment(url=url, token="", home=home, username=username)

        def git(argv: list[str], environment: dict[str, str]) -> None:
            _run_git(argv, env=environment, watch=root, limits=limits, token=token)

        git([git_binary, "init", "--quiet", str(dest)], local)
        refspecs = [
            f"+refs/pull/{number}/head:refs/remotes/pull/head",
            f"+refs/heads/{base_ref}:refs/remotes/pull/base",
        ]
        fetch = [git_binary, "-C", str(dest), "fetch", "--quiet", "--no-tags", "--", url]
        git([*fetch, *refspecs], env)
        logger.info("checkout.fetched_pull_request", extra={"repository": full_name})
        if (
            _git_output([git_binary, "-C", str(dest), "cat-file", "-t", head_sha], local)
            != "commit"
        ):
            raise CheckoutError("not_found", "the pull request's head commit is gone")
        checkout_argv = [git_binary, "-C", str(dest), "checkout", "--quiet", "--detach", head_sha]
        git(checkout_argv, local)
        merge_base = _git_output(
            [git_binary, "-C", str(dest), "merge-base", head_sha, "refs/remotes/pull/base"], local
        )
        if not _SHA.match(merge_base):
            raise CheckoutError("not_found", "the pull request shares no history with its base")
        yield PullRequestTree(path=dest, head_sha=head_sha, merge_base=merge_base)


def _git_output(argv: list[str], env: dict[str, str]) -> str:
    """A local git command's first line of output ("" on failure); no network involved."""
    completed = subprocess.run(
        argv, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    return completed.stdout.strip() if completed.returncode == 0 else ""


def _run_git(
    argv: list[str], *, env: dict[str, str], watch: Path, limits: CloneLimits, token: str
) -> None:
    started = time.monotonic()
    proc = subprocess.Popen(
        argv,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # lets us kill git and its helpers (git-remote-https) together
        cwd=watch,
    )
    tail = bytearray()

    def drain() -> None:
        assert proc.stderr is not None
        for chunk in iter(lambda: proc.stderr.read(4096), b""):  # type: ignore[union-attr]
            tail.extend(chunk)
            del tail[:-_STDERR_KEEP]

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    failure: CheckoutError | None = None
    while True:
        try:
            proc.wait(timeout=limits.poll_seconds)
            break
        except subprocess.TimeoutExpired:
            if time.monotonic() - started > limits.timeout_seconds:
                failure = CheckoutError(
                    "timeout", f"clone took longer than {limits.timeout_seconds:.0f}s"
                )
            elif _tree_size(watch) > limits.max_bytes:
                failure = CheckoutError("too_large", f"repository exceeds {limits.max_bytes} bytes")
            if failure:
                _kill(proc)
                break
    reader.join(timeout=5)
    if failure:
        raise failure
    if proc.returncode != 0:
        message = scrub(tail.decode("utf-8", "replace"), token).strip()
        raise CheckoutError(_classify(message), "git clone failed: " + message[-_MESSAGE_CHARS:])
    if _tree_size(watch) > limits.max_bytes:  # finished between two polls
        raise CheckoutError("too_large", f"repository exceeds {limits.max_bytes} bytes")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _tree_size(path: Path) -> int:
    total = 0
    for base, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(base, name)).st_size
            except OSError:
                continue
    return total


def _classify(message: str) -> str:
    # URLs (with their random ports) must not be mistaken for status codes.
    lowered = _URL.sub("<url>", message.lower())
    if re.search(r"\b403\b", lowered) or "privilege scopes" in lowered:
        return "forbidden"
    if (
        re.search(r"\b401\b", lowered)
        or "authentication failed" in lowered
        or "could not read username" in lowered
    ):
        return "auth_failed"
    if re.search(r"\b404\b", lowered) or "not found" in lowered:
        return "not_found"
    return "git_failed"
