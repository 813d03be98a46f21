"""The flaws planted in the demo workspace (docs/internals/demo-content.md) must all be found.

The sources under ``demo/`` mirror those flaws; one semgrep run through the real orchestrator
(SAST only) checks every expected rule fires on the expected line, and nothing else does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tracesec.engines.model import Engine, ScanConfig, ScanResult
from tracesec.engines.scan import scan

DEMO = Path(__file__).resolve().parent / "demo"
JAVA = "billing-service/src/InvoiceController.java"

EXPECTED = {
    ("payments-api/app.py", 19, "trace.python.sql-injection.tainted-query"),
    ("payments-api/app.py", 20, "trace.python.sql-injection.tainted-query"),
    ("payments-api/app.py", 27, "trace.python.command-injection.tainted-shell-command"),
    ("payments-api/app.py", 28, "trace.python.deserialization.unsafe-yaml-load"),
    ("payments-api/app.py", 33, "trace.python.weak-crypto.fast-hash-for-password"),
    ("payments-api/app.py", 37, "trace.python.tls-verification.disabled"),
    ("web-storefront/src/server.ts", 9, "trace.javascript.sql-injection.tainted-query"),
    ("web-storefront/src/server.ts", 14, "trace.javascript.code-injection.tainted-eval"),
    ("web-storefront/src/server.ts", 18, "trace.javascript.xss.tainted-response"),
    ("web-storefront/src/server.ts", 22, "trace.javascript.open-redirect.tainted-redirect"),
    ("web-storefront/src/server.ts", 27, "trace.javascript.jwt.insecure-verification"),
    (JAVA, 21, "trace.java.sql-injection.tainted-query"),
    (JAVA, 22, "trace.java.command-injection.tainted-command"),
    (JAVA, 23, "trace.java.deserialization.untrusted-object-stream"),
    (JAVA, 24, "trace.java.weak-crypto.weak-hash"),
    (JAVA, 25, "trace.java.xxe.document-builder-without-protection"),
    ("edge-gateway/main.go", 15, "trace.go.sql-injection.tainted-query"),
    ("edge-gateway/main.go", 17, "trace.go.command-injection.tainted-command"),
    ("edge-gateway/main.go", 18, "trace.go.ssrf.tainted-url"),
    ("edge-gateway/main.go", 24, "trace.go.insecure-randomness.math-rand-for-secret"),
    ("edge-gateway/main.go", 28, "trace.go.tls-verification.disabled"),
    ("edge-gateway/main.go", 33, "trace.go.insecure-randomness.math-rand-for-secret"),
    ("infra-scripts/ping.py", 11, "trace.python.command-injection.tainted-shell-command"),
    ("infra-scripts/ping.py", 19, "trace.python.deserialization.untrusted-pickle"),
}


@pytest.fixture(scope="module")
def result() -> ScanResult:
    return scan(DEMO, ScanConfig(engines=(Engine.SAST,)))


def test_every_demo_flaw_is_found_and_nothing_else(result: ScanResult) -> None:
    found = {(f.location.path, f.location.start_line, f.rule_id) for f in result.findings}
    assert found == EXPECTED


def test_demo_scan_is_complete(result: ScanResult) -> None:
    [status] = result.engines
    assert status.ok
    assert status.complete
    assert status.files_scanned == 5
