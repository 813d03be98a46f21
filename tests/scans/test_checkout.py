"""Clone helper: the token reaches git only as an env-config header, and nowhere else."""

from __future__ import annotations

import base64
import logging
import os
import socket
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.githttp import GitServer, git_server, make_repo
from tests.support.proc import ProcSampler
from tracesec.scans.checkout import (
    CheckoutError,
    CloneLimits,
    checkout,
    clone_url,
    scrub,
    strip_userinfo,
)

CANARY = "canary-CLONE-3b1f9e7c2d"
FORMS = [CANARY, base64.b64encode(f"x-token-auth:{CANARY}".encode()).decode()]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[GitServer]:
    make_repo(
        tmp_path / "srv", "acme/payments-api", {"app.py": "print('hi')\n", "README.md": "x\n"}
    )
    with git_server(tmp_path / "srv", CANARY) as srv:
        yield srv


@pytest.fixture
def git_wrapper(tmp_path: Path) -> tuple[str, Path]:
    """A wrapper around the real git that records its argv and turns on GIT_TRACE, which logs
    the argv of every child git runs (git-remote-http, fetch-pack, index-pack ...)."""
    logs = tmp_path / "gitlogs"
    logs.mkdir()
    wrapper = tmp_path / "git-wrapper"
    real = "/usr/bin/git"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$0 $*" >> {logs}/argv\n'
        f'GIT_TRACE={logs}/trace GIT_TRACE_SETUP={logs}/trace exec {real} "$@"\n'
    )
    wrapper.chmod(0o700)
    return str(wrapper), logs


def all_bytes_under(path: Path) -> Iterator[tuple[Path, bytes]]:
    for base, _dirs, files in os.walk(path):
        for name in files:
            file = Path(base, name)
            if not file.is_symlink():
                yield file, file.read_bytes()


def assert_no_canary(blob: bytes | str, where: str) -> None:
    data = blob if isinstance(blob, bytes) else blob.encode()
    for form in FORMS:
        assert form.encode() not in data, f"token found in {where}"


def test_clone_keeps_token_out_of_everything(
    server: GitServer,
    git_wrapper: tuple[str, Path],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    binary, logs = git_wrapper
    work_root = tmp_path / "work"
    work_root.mkdir()
    sampler = ProcSampler()
    with (
        sampler,
        checkout(
            git_base_url=server.url,
            full_name="acme/payments-api",
            token=CANARY,
            git_binary=binary,
            work_root=work_root,
        ) as tree,
    ):
        assert (tree / "app.py").read_text() == "print('hi')\n"
        root = tree.parent
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        assert_no_canary((tree / ".git" / "config").read_bytes(), ".git/config")
        for file, data in all_bytes_under(root):
            assert_no_canary(data, str(file))
        assert (tree / ".git" / "shallow").exists()  # depth 1
    assert list(work_root.iterdir()) == []  # private dir removed
    argv_log = (logs / "argv").read_text()
    assert "clone --depth 1" in argv_log
    trace = (logs / "trace").read_text()
    assert "remote-http" in trace  # the trace really covers the child processes
    assert_no_canary(argv_log, "git argv")
    assert_no_canary(trace, "GIT_TRACE (child argv)")
    assert sampler.saw_git(), "the /proc sampler never saw git run: it proves nothing"
    for cmdline in sampler.cmdlines:
        assert_no_canary(cmdline, "/proc/*/cmdline")
    assert_no_canary(caplog.text, "log records")
    # The server saw the credential only as a header, never in a URL.
    assert server.requests
    for request in server.requests:
        assert_no_canary(request["path"], "request path")
        assert request.get("authorization", "").startswith("Basic ")


def test_tree_removed_even_when_the_body_raises(server: GitServer, tmp_path: Path) -> None:
    work_root = tmp_path / "work"
    work_root.mkdir()
    with (
        pytest.raises(RuntimeError),
        checkout(
            git_base_url=server.url,
            full_name="acme/payments-api",
            token=CANARY,
            work_root=work_root,
        ),
    ):
        raise RuntimeError("engine crashed")
    assert list(work_root.iterdir()) == []


def test_wrong_token_is_auth_failed_and_scrubbed(server: GitServer, tmp_path: Path) -> None:
    work_root = tmp_path / "work"
    work_root.mkdir()
    wrong = "wrong-token-99887766"
    with (
        pytest.raises(CheckoutError) as info,
        checkout(
            git_base_url=server.url, full_name="acme/payments-api", token=wrong, work_root=work_root
        ),
    ):
        pass
    assert info.value.code == "auth_failed"
    assert wrong not in str(info.value)
    assert list(work_root.iterdir()) == []


def test_missing_repository(server: GitServer, tmp_path: Path) -> None:
    with (
        pytest.raises(CheckoutError) as info,
        checkout(git_base_url=server.url, full_name="acme/nope", token=CANARY, work_root=tmp_path),
    ):
        pass
    assert info.value.code in {"not_found", "git_failed"}
    assert_no_canary(str(info.value), "exception")


def test_global_git_config_is_ignored(
    server: GitServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    evil = tmp_path / "evil.gitconfig"
    evil.write_text('[http]\n\textraHeader = X-Evil: 1\n[credential]\n\thelper = "!echo leak"\n')
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(evil))
    monkeypatch.setenv("GIT_TRACE_CURL", str(tmp_path / "curl.log"))
    monkeypatch.setenv("GIT_TRACE_REDACT", "0")
    with checkout(
        git_base_url=server.url, full_name="acme/payments-api", token=CANARY, work_root=tmp_path
    ):
        pass
    assert all("x-evil" not in r for r in server.requests)
    assert not (tmp_path / "curl.log").exists()  # parent env is not inherited


def test_timeout_kills_git(tmp_path: Path) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)  # accepts, never answers
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    work_root = tmp_path / "work"
    work_root.mkdir()
    with (
        pytest.raises(CheckoutError) as info,
        checkout(
            git_base_url=url,
            full_name="acme/x",
            token=CANARY,
            work_root=work_root,
            limits=CloneLimits(timeout_seconds=1.0, poll_seconds=0.05),
        ),
    ):
        pass
    sock.close()
    assert info.value.code == "timeout"
    assert list(work_root.iterdir()) == []


def test_size_limit(server: GitServer, tmp_path: Path) -> None:
    with (
        pytest.raises(CheckoutError) as info,
        checkout(
            git_base_url=server.url,
            full_name="acme/payments-api",
            token=CANARY,
            work_root=tmp_path,
            limits=CloneLimits(max_bytes=100, poll_seconds=0.01),
        ),
    ):
        pass
    assert info.value.code == "too_large"


@pytest.mark.parametrize("name", ["../etc", "a/b/c", "a", "a/..", "a b/c", "a/b?x=1", "a/b#f"])
def test_clone_url_refuses_bad_names(name: str) -> None:
    with pytest.raises(CheckoutError):
        clone_url("https://bitbucket.org", name)


def test_clone_url_shape_and_userinfo() -> None:
    assert clone_url("https://bitbucket.org/", "acme/api") == "https://bitbucket.org/acme/api.git"
    assert (
        clone_url("https://u:p@bitbucket.org", "acme/api") == "https://bitbucket.org/acme/api.git"
    )
    assert (
        strip_userinfo("https://jane@bitbucket.org/acme/api.git")
        == "https://bitbucket.org/acme/api.git"
    )
    with pytest.raises(CheckoutError):
        clone_url("http://bitbucket.org", "acme/api")  # plain http only on loopback
    with pytest.raises(CheckoutError):
        clone_url("file:///srv", "acme/api")


def test_scrub() -> None:
    text = (
        f"fatal: https://x-token-auth:{CANARY}@bitbucket.org/a/b.git\n"
        f"Authorization: Basic {FORMS[1]}\n{CANARY}"
    )
    cleaned = scrub(text, CANARY)
    assert_no_canary(cleaned, "scrubbed text")
    assert "x-token-auth" not in cleaned


@pytest.mark.parametrize(
    ("stderr", "code"),
    [
        ("fatal: repository 'http://127.0.0.1:40312/acme/x.git/' not found", "not_found"),
        (
            "fatal: unable to access 'http://127.0.0.1:44031/a/b.git/': "
            "The requested URL returned error: 403",
            "forbidden",
        ),
        ("fatal: Authentication failed for 'http://127.0.0.1:40404/a/b.git/'", "auth_failed"),
        (
            "fatal: could not read Username for 'http://127.0.0.1:14013': "
            "terminal prompts disabled",
            "auth_failed",
        ),
        ("fatal: early EOF on http://127.0.0.1:40100/x", "git_failed"),
    ],
)
def test_error_classification_ignores_ports(stderr: str, code: str) -> None:
    from tracesec.scans.checkout import _classify

    assert _classify(stderr) == code


def test_full_history_clone_has_every_commit(server: GitServer, tmp_path: Path) -> None:
    """History scans (secrets in past commits) need the whole branch, not depth 1."""
    with checkout(
        git_base_url=server.url,
        full_name="acme/payments-api",
        token=CANARY,
        work_root=tmp_path,
        full_history=True,
    ) as tree:
        assert not (tree / ".git" / "shallow").exists()
        count = subprocess.run(
            ["git", "-C", str(tree), "rev-list", "--count", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        assert int(count.stdout) >= 1
