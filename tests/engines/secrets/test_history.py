from __future__ import annotations

from pathlib import Path

from tests.support.git_trees import commit_all, init_repo, write
from tracesec.engines.fingerprint import secret_fingerprint
from tracesec.engines.model import CoverageStatus, Engine, ScanConfig
from tracesec.engines.secrets.detectors.base import fake
from tracesec.engines.secrets.engine import run
from tracesec.engines.secrets.history import unquote_path
from tracesec.engines.targets import walk

OLD = fake("ghp_", 36, seed="history-old")
KEPT = fake("glpat-", 20, seed="history-kept")


def _run(root: Path):
    cfg = ScanConfig(engines=(Engine.SECRETS,), history=True)
    return run(root, walk(root, cfg).files, cfg)


def test_removed_secret_is_found_once_with_first_and_last_commit(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    write(repo, "app.py", f'print("hi")\nTOKEN = "{OLD}"\n')
    first = commit_all(repo, "add token")
    write(repo, "other.py", f'TOKEN = "{OLD}"\n')  # the same value again, elsewhere
    last = commit_all(repo, "copy token")
    write(repo, "app.py", 'print("hi")\n')
    (repo / "other.py").unlink()
    commit_all(repo, "remove token")
    outcome = _run(repo)
    [finding] = outcome.findings
    assert finding.rule_id == "github-pat"
    assert finding.extra["first_commit"] == first
    assert finding.extra["last_commit"] == last
    assert finding.extra["commits"] == 2
    assert finding.extra["history_only"] is True
    assert (finding.location.path, finding.location.start_line) == ("app.py", 2)
    # The commit is metadata, never identity.
    sha = finding.extra["secret_sha256"]
    assert finding.fingerprint == secret_fingerprint("github-pat", "app.py", str(sha))
    assert OLD not in finding.snippet


def test_secret_still_in_tree_gets_history_metadata(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    write(repo, "ci.env", f"GITLAB_TOKEN={KEPT}\n")
    added = commit_all(repo, "ci")
    write(repo, "README.md", "docs\n")
    commit_all(repo, "docs")
    [finding] = _run(repo).findings
    assert finding.extra["first_commit"] == added
    assert "history_only" not in finding.extra


def test_unusual_path_names_in_history(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    write(repo, "dir with space/caf\u00e9\nline.txt", f"TOKEN={OLD}\n")
    commit_all(repo, "weird")
    (repo / "dir with space" / "caf\u00e9\nline.txt").unlink()
    commit_all(repo, "rm")
    [finding] = _run(repo).findings
    assert finding.location.path == "dir with space/caf\u00e9\nline.txt"


def test_vendored_history_is_skipped(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "r")
    write(repo, "node_modules/x/index.js", f"t='{OLD}'\n")
    commit_all(repo, "vendored")
    (repo / "node_modules" / "x" / "index.js").unlink()
    commit_all(repo, "rm")
    assert _run(repo).findings == ()


def test_empty_repository_and_plain_directory(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "empty")
    outcome = _run(repo)
    assert outcome.findings == ()
    assert outcome.coverage == ()
    assert outcome.status.complete
    plain = tmp_path / "plain"
    plain.mkdir()
    outcome = _run(plain)
    [record] = outcome.coverage
    assert record.status is CoverageStatus.SKIPPED
    assert "not a git repository" in record.reason


def test_unquote_path() -> None:
    assert unquote_path(b"plain/path.txt") == b"plain/path.txt"
    assert unquote_path(b'"b/caf\\303\\251\\nx\\"q\\\\"') == 'b/caf\u00e9\nx"q\\'.encode()
