"""Cold, cached and diff scans agree finding for finding on the real demo fixture repositories,
including after a rule-pack change (which invalidates exactly that pack's entries)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.git_trees import commit_all, init_repo, write
from tracesec.engines.diff import diff_scan
from tracesec.engines.errors import TargetError
from tracesec.engines.model import Engine, ScanConfig, ScanResult
from tracesec.engines.resultcache import ResultCache
from tracesec.engines.sast import command
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

FIXTURES = Path(__file__).resolve().parents[2] / "src" / "trace_emulator" / "fixtures" / "repos"
ENGINES = (Engine.SAST, Engine.SECRETS)


def _fingerprints(result: ScanResult) -> list[str]:
    return sorted(f.fingerprint for f in result.findings)


def _coverage(result: ScanResult) -> list[tuple[str, str, str, str]]:
    return sorted(
        (c.engine.value if c.engine else "", c.path, c.status.value, c.reason)
        for c in result.coverage
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fixtures") / "tree"
    shutil.copytree(FIXTURES, root)
    write(root, "ops/deploy.env", f"GITHUB_TOKEN={fake('ghp_', 36, seed='equivalence')}\n")
    # semgrep cannot parse it: its coverage row must come back from the cache as well
    write(root, "ops/broken.py", "def (:\n    eval(x)\n")
    init_repo(root)
    commit_all(root, "base")
    return root


@pytest.fixture(scope="module")
def cold(tree: Path) -> ScanResult:
    return scan(tree, ScanConfig(engines=ENGINES))


def test_cached_rescan_equals_cold_scan_and_semgrep_runs_only_on_misses(
    tree: Path, cold: ScanResult, tmp_path: Path
) -> None:
    assert {f.engine for f in cold.findings} == set(ENGINES)
    config = ScanConfig(engines=ENGINES, cache_dir=tmp_path / "cache")
    first = scan(tree, config)
    cache = ResultCache(tmp_path / "cache")
    stored = cache.size_bytes()
    again = scan(tree, config)
    assert _fingerprints(first) == _fingerprints(cold) == _fingerprints(again)
    assert _coverage(first) == _coverage(cold) == _coverage(again)
    assert ("sast", "ops/broken.py", "parse_error") in {c[:3] for c in _coverage(again)}
    assert [f.snippet for f in sorted(again.findings, key=lambda f: f.fingerprint)] == [
        f.snippet for f in sorted(cold.findings, key=lambda f: f.fingerprint)
    ]
    assert cache.size_bytes() == stored  # nothing was analysed (and so written) again


def test_a_rule_pack_change_invalidates_exactly_that_pack(
    tree: Path, cold: ScanResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(command.RULES_DIR, rules)
    monkeypatch.setattr(command, "RULES_DIR", rules)  # a copy we may edit, not our own code
    config = ScanConfig(engines=(Engine.SAST,), cache_dir=tmp_path / "cache")
    scan(tree, config)
    go_rule = sorted((rules / "go").rglob("*.yaml"))[0]
    go_rule.write_text(go_rule.read_text() + "\n# changed\n")
    entries = {p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()}
    after = scan(tree, config)
    new_entries = {p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()} - entries
    go_files = [p for p in tree.rglob("*.go") if ".git" not in p.parts]
    # only the Go files were analysed again; and the tree's links are read again (its entry
    # names the rules)
    assert len(new_entries) == len(go_files) + 1
    assert _fingerprints(after) == sorted(
        f.fingerprint for f in cold.findings if f.engine is Engine.SAST
    )


def test_diff_scan_matches_a_cold_scan_of_the_changed_files(
    tree: Path, cold: ScanResult, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(tree, repo)
    base = commit_all(repo, "nothing")
    py = sorted(p for p in repo.rglob("*.py") if ".git" not in p.parts)[0]
    py.write_text(
        py.read_text() + "\n\ndef added(cmd):\n    import os\n    os.system(cmd)\n"
        f'\nTOKEN = "{fake("ghp_", 36, seed="diff")}"\n'
    )
    write(repo, "new/handler.js", "const e = require('child_process');\ne.exec(req.query.c);\n")
    commit_all(repo, "change")
    result = diff_scan(repo, ScanConfig(engines=ENGINES), base)
    changed = {py.relative_to(repo).as_posix(), "new/handler.js"}
    assert result.changed == frozenset(changed)
    after = scan(repo, ScanConfig(engines=ENGINES))
    in_changed = [f for f in after.findings if f.location.path in changed]
    assert _fingerprints(result.head) == sorted(f.fingerprint for f in in_changed)
    old = {f.fingerprint for f in cold.findings}
    expected_new = sorted(f.fingerprint for f in in_changed if f.fingerprint not in old)
    assert expected_new  # the change did add findings
    assert sorted(f.fingerprint for f in result.new) == expected_new
    cached = diff_scan(repo, ScanConfig(engines=ENGINES, cache_dir=tmp_path / "c"), base)
    assert sorted(f.fingerprint for f in cached.new) == expected_new


def test_diff_scan_refuses_an_option_or_unknown_revision(tree: Path) -> None:
    for rev in ("--output=/tmp/x", "no-such-branch"):
        with pytest.raises(TargetError):
            diff_scan(tree, ScanConfig(engines=ENGINES), rev)
