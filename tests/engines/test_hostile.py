"""Attacker-controlled repository content: the scan completes, skips with reasons, reports."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.support.git_trees import commit_all, init_repo, write
from tracesec.engines.model import Engine, ScanConfig
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="hostile")
SECRETS_ONLY = ScanConfig(engines=(Engine.SECRETS,))


def _paths(result) -> list[str]:
    return [f.location.path for f in result.findings]


@pytest.fixture(params=["git", "plain"])
def tree(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    return init_repo(root) if request.param == "git" else (root.mkdir() or root)


def test_symlinks_out_of_the_root_are_not_followed(tree: Path, tmp_path: Path) -> None:
    outside = write(tmp_path, "home/.ssh/config.env", f"TOKEN={TOKEN}\n")
    os.symlink(outside, tree / "innocent.env")
    os.symlink(outside.parent, tree / "dotssh")
    write(tree, "real.env", f"TOKEN={TOKEN}\n")
    result = scan(tree, SECRETS_ONLY)
    assert _paths(result) == ["real.env"]
    reasons = {c.path: c.reason for c in result.coverage}
    assert "outside the scan root" in reasons["innocent.env"]
    assert "outside the scan root" in reasons["dotssh"]


def test_fifty_megabyte_single_line_file(tree: Path) -> None:
    size = 50 * 1024 * 1024
    with (tree / "huge.min.txt").open("wb") as handle:
        handle.write(b"a=" + b"x1y2" * (size // 4) + f" TOKEN={TOKEN}".encode())
    write(tree, "small.env", f"TOKEN={TOKEN}\n")
    started = time.monotonic()
    result = scan(tree, SECRETS_ONLY)
    assert time.monotonic() - started < 10
    assert _paths(result) == ["small.env"]
    [skip] = [c for c in result.coverage if c.path == "huge.min.txt"]
    assert skip.reason.startswith("larger than")
    # With the size cap lifted the engine still reads it in bounded time, snippet capped.
    started = time.monotonic()
    big = scan(tree, ScanConfig(engines=(Engine.SECRETS,), max_file_bytes=64 * 1024 * 1024))
    assert time.monotonic() - started < 30
    [huge] = [f for f in big.findings if f.location.path == "huge.min.txt"]
    assert len(huge.snippet) < 300


def test_binary_with_text_extension_and_invalid_utf8_content(tree: Path) -> None:
    write(tree, "data.py", b"\x00\x01" + TOKEN.encode())
    write(tree, "latin1.txt", b"caf\xe9 \xff\xfe TOKEN=" + TOKEN.encode() + b" \xc3\x28\n")
    result = scan(tree, SECRETS_ONLY)
    assert _paths(result) == ["latin1.txt"]
    assert {c.path: c.reason for c in result.coverage}["data.py"] == "binary file"
    assert TOKEN not in result.findings[0].snippet


def test_path_names_with_newlines_unicode_and_invalid_utf8(tree: Path) -> None:
    write(tree, "new\nline.env", f"TOKEN={TOKEN}\n")
    write(tree, "\u00fcnic\u00f8de/\u6587\u4ef6.env", f"TOKEN={TOKEN}\n")
    bad = os.path.join(os.fsencode(tree), b"bad\xffname.env")
    with open(bad, "wb") as handle:
        handle.write(f"TOKEN={TOKEN}\n".encode())
    result = scan(tree, SECRETS_ONLY)
    assert sorted(_paths(result)) == sorted(
        ["bad\\xffname.env", "new\nline.env", "\u00fcnic\u00f8de/\u6587\u4ef6.env"]
    )
    # Fingerprints differ per path; the JSON-safe display path is what they use.
    assert len({f.fingerprint for f in result.findings}) == 3


def test_empty_directory_and_empty_git_repository(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = scan(empty, SECRETS_ONLY)
    assert result.findings == ()
    assert result.complete
    repo = init_repo(tmp_path / "git")
    result = scan(repo, ScanConfig(engines=(Engine.SECRETS,), history=True))
    assert result.findings == ()
    assert result.complete
    [status] = result.engines
    assert status.files_scanned == 0


def test_hostile_git_config_is_not_executed(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    marker = tmp_path / "pwned"
    write(repo, "a.env", f"TOKEN={TOKEN}\n")
    commit_all(repo, "x")
    with (repo / ".git" / "config").open("a") as handle:
        handle.write(
            f"[core]\n\tfsmonitor = touch {marker}\n"
            f"[diff]\n\texternal = touch {marker}\n"
            f'[diff "x"]\n\ttextconv = touch {marker}\n'
        )
    write(repo, ".gitattributes", "* diff=x\n")
    result = scan(repo, ScanConfig(engines=(Engine.SECRETS,), history=True))
    assert _paths(result) == ["a.env"]
    assert not marker.exists()
