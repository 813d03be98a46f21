from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.git_trees import commit_all, init_repo, write
from tracesec.engines.errors import TargetError
from tracesec.engines.model import CoverageStatus, ScanConfig
from tracesec.engines.targets import is_vendored, walk


def _reasons(result) -> dict[str, str]:
    return {c.path: c.reason for c in result.skipped}


@pytest.fixture(params=["git", "plain"])
def tree(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    if request.param == "git":
        init_repo(root)
    else:
        root.mkdir()
    return root


def test_lists_regular_text_files_and_records_every_skip(tree: Path, tmp_path: Path) -> None:
    write(tree, "src/app.py", "print('x')\n")
    write(tree, "src/logo.png.txt", b"\x89PNG\r\n\x1a\n\0\0\0IHDR")
    write(tree, "big.log", "x" * 2048)
    write(tree, "node_modules/lib/index.js", "module.exports = 1\n")
    write(tree, "static/app.min.js", "var a=1;\n")
    write(tree, "vendor/github.com/x/y.go", "package y\n")
    outside = write(tmp_path, "outside/secret.txt", "outside")
    os.symlink(outside, tree / "escape.txt")
    os.symlink("src/app.py", tree / "inside-link.py")
    os.symlink(outside.parent, tree / "linked-dir")
    result = walk(tree, ScanConfig(max_file_bytes=1024))
    assert [f.path for f in result.files] == ["src/app.py"]
    reasons = _reasons(result)
    assert reasons["src/logo.png.txt"] == "binary file"
    assert reasons["big.log"] == "larger than 1024 bytes"
    assert reasons["node_modules/lib/index.js"] == "vendored or minified file"
    assert reasons["static/app.min.js"] == "vendored or minified file"
    assert reasons["vendor/github.com/x/y.go"] == "vendored or minified file"
    assert reasons["escape.txt"] == "symlink pointing outside the scan root (not followed)"
    assert reasons["inside-link.py"] == "symlink (not followed)"
    assert reasons["linked-dir"] == "symlink pointing outside the scan root (not followed)"
    assert all(c.engine is None and c.status is CoverageStatus.SKIPPED for c in result.skipped)
    assert "outside" not in {f.abspath.read_text() for f in result.files}


def test_vendored_files_are_read_when_asked(tree: Path) -> None:
    write(tree, "node_modules/lib/index.js", "module.exports = 1\n")
    result = walk(tree, ScanConfig(skip_vendored=False))
    assert [f.path for f in result.files] == ["node_modules/lib/index.js"]


def test_library_builds_checked_in_by_hand_are_vendored(tree: Path) -> None:
    write(
        tree, "static/js/materialize.js", "/*!\n * Materialize v0.100.1 (http://x)\n */\nvar a;\n"
    )
    write(tree, "public/angular.js", "/**\n * @license AngularJS v1.0.8\n * (c) Google\n */\n")
    write(tree, "static/ui.css", "/*! jQuery UI - v1.12.1 - 2016-09-14 */\n.a{}\n")
    # our own code: a banner without a version, a version outside any banner, not a script
    write(tree, "src/app.js", "/*! keep this comment */\nconst version = '1.2.3';\n")
    write(tree, "src/lib.js", "/** @license MIT */\nexport const x = 1;\n")
    write(tree, "docs/notes.md", "/*! Notes v1.0.0 */\n")
    result = walk(tree, ScanConfig())
    assert [f.path for f in result.files] == ["docs/notes.md", "src/app.js", "src/lib.js"]
    reasons = _reasons(result)
    assert reasons["static/js/materialize.js"] == "vendored library build (licence banner)"
    assert set(reasons) == {"static/js/materialize.js", "public/angular.js", "static/ui.css"}
    kept = walk(tree, ScanConfig(skip_vendored=False))
    assert len(kept.files) == 6


def test_git_lists_untracked_but_not_ignored_files(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    write(repo, ".gitignore", "build/\n")
    write(repo, "tracked.py", "x = 1\n")
    commit_all(repo, "init")
    write(repo, "new.py", "y = 2\n")
    write(repo, "build/out.js", "z\n")
    result = walk(repo, ScanConfig())
    assert result.source == "git"
    assert [f.path for f in result.files] == [".gitignore", "new.py", "tracked.py"]


def test_plain_walk_skips_vcs_directories(tmp_path: Path) -> None:
    write(tmp_path, ".hg/store/data", "x")
    write(tmp_path, "a.txt", "a")
    result = walk(tmp_path, ScanConfig())
    assert result.source == "walk"
    assert [f.path for f in result.files] == ["a.txt"]


def test_directory_inside_another_work_tree_uses_the_plain_walk(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    write(repo, ".gitignore", "ignored/\n")
    write(repo, "ignored/sub/file.txt", "data\n")
    result = walk(repo / "ignored", ScanConfig())
    assert result.source == "walk"
    assert [f.path for f in result.files] == ["sub/file.txt"]


def test_fifo_is_never_opened(tree: Path) -> None:
    os.mkfifo(tree / "pipe")
    write(tree, "a.txt", "a")
    result = walk(tree, ScanConfig())
    assert [f.path for f in result.files] == ["a.txt"]
    # git does not list FIFOs at all; the plain walk lists and records them.
    assert _reasons(result).get("pipe", "not a regular file") == "not a regular file"


def test_missing_or_file_root_is_a_target_error(tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="does not exist"):
        walk(tmp_path / "nope", ScanConfig())
    write(tmp_path, "f.txt", "x")
    with pytest.raises(TargetError, match="not a directory"):
        walk(tmp_path / "f.txt", ScanConfig())


@pytest.mark.parametrize(
    ("path", "vendored"),
    [
        (b"node_modules/a/b.js", True),
        (b"a/vendor/b.go", True),
        (b"web/app.min.js", True),
        (b"web/app.bundle.js", True),
        (b"web/app.js.map", True),
        (b"web/app.js", False),
        (b"vendor.go", False),
        (b"src/minify.js", False),
    ],
)
def test_is_vendored(path: bytes, vendored: bool) -> None:
    assert is_vendored(path) is vendored
