"""The flaws planted in the demo workspace must all be found, each exactly once.

The trees scanned are the demo workspace's real repositories: each fixture under
``trace_emulator/fixtures/repos/demo/`` is built into git the way the emulator builds it (every
commit of its ``history.yaml``, fake credentials substituted) and its head is checked out. One
semgrep run through the real orchestrator (SAST only) must report every expected rule on the
expected line, nothing else, and no flaw twice.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest

from trace_emulator import gitstore, seed
from tracesec.engines.model import Engine, ScanConfig, ScanResult
from tracesec.engines.scan import scan

DEMO_FIXTURES = seed.FIXTURES / "repos" / "demo"
APP = "payments-api/payments/app.py"
JAVA = "billing-service/src/main/java/com/acme/billing/InvoiceController.java"
GO = "edge-gateway/main.go"
TS = "web-storefront/src/server.ts"

EXPECTED = {
    (APP, 19, "trace.python.sql-injection.tainted-query"),
    (APP, 28, "trace.python.sql-injection.tainted-query"),
    (APP, 35, "trace.python.weak-crypto.fast-hash-for-password"),
    (APP, 46, "trace.python.deserialization.unsafe-yaml-load"),
    (APP, 53, "trace.python.tls-verification.disabled"),
    (APP, 61, "trace.python.command-injection.tainted-shell-command"),
    (
        "payments-api/payments/reports.py",
        12,
        "trace.python.command-injection.tainted-shell-command",
    ),
    # (the file sent is a .csv: Flask's send_file types it text/csv, so no XSS there)
    ("payments-api/payments/reports.py", 13, "trace.python.path-traversal.tainted-file-path"),
    (
        "payments-api/payments/settings_local.py",
        5,
        "trace.python.hardcoded-credentials.literal-secret",
    ),
    # the Stripe key the Secrets engine also finds: a full scan folds this into that finding
    ("web-storefront/src/config.ts", 6, "trace.javascript.hardcoded-credentials.literal-secret"),
    (TS, 16, "trace.javascript.sql-injection.tainted-query"),
    (TS, 23, "trace.javascript.xss.tainted-response"),
    (TS, 27, "trace.javascript.code-injection.tainted-eval"),
    (TS, 32, "trace.javascript.open-redirect.tainted-redirect"),
    (TS, 37, "trace.javascript.jwt.insecure-verification"),
    (JAVA, 27, "trace.java.sql-injection.tainted-query"),
    (JAVA, 29, "trace.java.xss.tainted-servlet-output"),
    (JAVA, 37, "trace.java.command-injection.tainted-command"),
    (JAVA, 42, "trace.java.deserialization.untrusted-object-stream"),
    (JAVA, 46, "trace.java.weak-crypto.weak-hash"),
    (JAVA, 58, "trace.java.xxe.document-builder-without-protection"),
    (GO, 21, "trace.go.insecure-randomness.math-rand-for-secret"),
    (GO, 28, "trace.go.sql-injection.tainted-query"),
    (GO, 38, "trace.go.command-injection.tainted-command"),
    (GO, 43, "trace.go.ssrf.tainted-url"),
    (GO, 53, "trace.go.tls-verification.disabled"),
    (
        "infra-scripts/scripts/healthcheck.py",
        9,
        "trace.python.command-injection.tainted-shell-command",
    ),
    ("infra-scripts/scripts/worker.py", 15, "trace.python.deserialization.untrusted-pickle"),
}


def checkout_demo_workspace(root: Path) -> Path:
    """Every demo repository built from its fixture history and checked out under ``root``."""
    trees = root / "trees"
    for fixture in sorted(p for p in DEMO_FIXTURES.iterdir() if (p / "history.yaml").is_file()):
        git_dir = root / "git" / f"{fixture.name}.git"
        gitstore.init_bare(git_dir)
        seed.build_fixture(git_dir, fixture)
        subprocess.run(
            ["git", "clone", "--quiet", str(git_dir), str(trees / fixture.name)],
            check=True,
            capture_output=True,
        )
    return trees


@pytest.fixture(scope="module")
def demo_trees(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return checkout_demo_workspace(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def result(demo_trees: Path) -> ScanResult:
    return scan(demo_trees, ScanConfig(engines=(Engine.SAST,)))


def test_every_demo_repository_is_scanned(demo_trees: Path) -> None:
    names = {p.name for p in DEMO_FIXTURES.iterdir() if p.is_dir()}
    assert {p.name for p in demo_trees.iterdir()} == names
    assert (demo_trees / APP).read_text().count("hashlib.md5(") == 1


def test_every_demo_flaw_is_found_and_nothing_else(result: ScanResult) -> None:
    found = {(f.location.path, f.location.start_line, f.rule_id) for f in result.findings}
    assert found == EXPECTED


def test_each_flaw_is_reported_once_with_one_fingerprint(result: ScanResult) -> None:
    per_flaw = Counter((f.location.path, f.location.start_line, f.rule_id) for f in result.findings)
    assert [flaw for flaw, count in per_flaw.items() if count > 1] == []
    assert len({f.fingerprint for f in result.findings}) == len(result.findings)


def test_demo_scan_is_complete(result: ScanResult) -> None:
    [status] = result.engines
    assert status.ok
    assert status.complete
    assert status.files_scanned > 10
