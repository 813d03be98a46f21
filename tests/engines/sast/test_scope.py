"""SAST leaves test code out by default: which files, what is reported, how to ask for it,
and what happens to findings already open there. Real walk, real semgrep."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tracesec.engines.model import CoverageStatus, Engine, ScanConfig, ScanResult
from tracesec.engines.sast.scope import SKIP_REASON, is_test_code
from tracesec.engines.scan import scan
from tracesec.engines.suppressions import ConfigError, load_config, read_config
from tracesec.findings.lifecycle import FindingStatus, Outcome, PriorFinding, plan_record


@pytest.mark.parametrize(
    "path",
    [
        "tests/test_views.py",
        "app/tests/helpers.py",
        "src/test/java/com/acme/OrderServiceTest.java",
        "pkg/server/handler_test.go",
        "web/src/app/login.component.spec.ts",
        "web/src/__tests__/login.js",
        "lib/test_utils.py",
        "lib/utils_test.py",
        "conftest.py",
        "spec/models/user_spec.rb",
        "internal/parser/testdata/input.go",
        "frontend/cypress/integration/login.js",
        "Api.Tests/OrdersControllerTests.cs",
    ],
)
def test_test_code_by_convention(path: str) -> None:
    assert is_test_code(path)


@pytest.mark.parametrize(
    "path",
    [
        "app/views.py",
        "src/main/java/com/acme/OrderService.java",
        "pkg/testing_helpers.go",  # a name that merely starts with "test"
        "src/contest/entry.py",
        "web/src/latest.ts",
        "attestation/verify.py",
        "docs/testing.md",
    ],
)
def test_application_code_is_not_test_code(path: str) -> None:
    assert not is_test_code(path)


FLAW = (
    "from flask import request\n\n\ndef view(cur):\n"
    '    cur.execute("SELECT * FROM t WHERE a = " + request.args["a"])\n'
)
SECRET = 'AWS_KEY = "AKIAZ5JQ2XNVHQ6EXAMQ"\n'


def _tree(root: Path, trace_yml: str | None = None) -> Path:
    (root / "app").mkdir(parents=True)
    (root / "tests").mkdir()
    (root / "app" / "views.py").write_text(FLAW)
    (root / "tests" / "test_views.py").write_text(FLAW + SECRET)
    if trace_yml is not None:
        (root / ".trace.yml").write_text(trace_yml)
    return root


def _sast_paths(result: ScanResult) -> set[str]:
    return {f.location.path for f in result.findings if f.engine is Engine.SAST}


def test_sast_skips_test_code_and_lists_it_and_secrets_still_read_it(tmp_path: Path) -> None:
    config = ScanConfig(engines=(Engine.SAST, Engine.SECRETS), sast_timeout_seconds=300)
    result = scan(_tree(tmp_path), config)
    assert _sast_paths(result) == {"app/views.py"}
    [skipped] = [c for c in result.coverage if c.engine is Engine.SAST]
    assert (skipped.path, skipped.status, skipped.reason) == (
        "tests/test_views.py",
        CoverageStatus.SKIPPED,
        SKIP_REASON,
    )
    [sast] = [s for s in result.engines if s.engine is Engine.SAST]
    assert sast.ok
    assert sast.complete  # a policy skip does not make the run incomplete
    assert sast.files_scanned == 1
    secrets = [f for f in result.findings if f.engine is Engine.SECRETS]
    assert {f.location.path for f in secrets} == {"tests/test_views.py"}


def test_asking_for_test_code_analyses_it(tmp_path: Path) -> None:
    config = ScanConfig(engines=(Engine.SAST,), sast_test_code=True, sast_timeout_seconds=300)
    result = scan(_tree(tmp_path), config)
    assert _sast_paths(result) == {"app/views.py", "tests/test_views.py"}
    assert not [c for c in result.coverage if c.engine is Engine.SAST]


def test_trace_yml_asks_for_test_code(tmp_path: Path) -> None:
    config = ScanConfig(engines=(Engine.SAST,), sast_timeout_seconds=300)
    result = scan(_tree(tmp_path, "version: 1\nsast:\n  test_code: true\n"), config)
    assert _sast_paths(result) == {"app/views.py", "tests/test_views.py"}


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("sast:\n  test_code: yes please\n", "test_code"),
        # the sast part is valid, but a file that is refused applies nothing of itself
        ("sast:\n  test_code: true\nignore:\n  - rules: [x]\n    colour: red\n", "colour"),
    ],
)
def test_a_malformed_trace_yml_changes_no_scope_and_is_reported(
    tmp_path: Path, text: str, reported: str
) -> None:
    config = ScanConfig(engines=(Engine.SAST,), sast_timeout_seconds=300)
    result = scan(_tree(tmp_path, text), config)
    assert _sast_paths(result) == {"app/views.py"}
    assert [e for e in result.errors if ".trace.yml" in e and reported in e]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sast: [test_code]\n", "'sast' must be a mapping"),
        ("sast:\n  tests: true\n", "'sast' must be a mapping"),
        ("sast:\n  test_code: 1\n", "must be true or false"),
    ],
)
def test_bad_sast_settings_are_refused_with_a_reason(text: str, message: str) -> None:
    refused = read_config({".trace.yml": text.encode()}.get)
    assert message in refused.error
    assert refused.sast_test_code is False
    with pytest.raises(ConfigError, match=message):
        load_config(text.encode())


def test_ignore_entries_still_load_beside_sast_settings() -> None:
    for wanted in (False, True):
        text = (
            f"sast:\n  test_code: {str(wanted).lower()}\nignore:\n  - rules: [x]\n    reason: r\n"
        )
        config = read_config({".trace.yml": text.encode()}.get)
        assert config.sast_test_code is wanted
        [entry] = config.entries
        assert entry.rules == ("x",)
        assert config.error == ""


def test_a_malformed_ignore_list_turns_on_no_test_code_either() -> None:
    text = b"sast:\n  test_code: true\nignore:\n  - rules: [x]\n    colour: red\n"
    config = read_config({".trace.yml": text}.get)
    assert "unknown key(s): colour" in config.error
    assert config.sast_test_code is False
    assert config.entries == ()


def test_a_finding_open_in_test_code_stays_open_when_sast_skips_the_file(tmp_path: Path) -> None:
    config = ScanConfig(engines=(Engine.SAST,), sast_timeout_seconds=300)
    result = scan(_tree(tmp_path), config)
    prior = {
        "fp-in-tests": PriorFinding(
            fingerprint="fp-in-tests",
            engine=Engine.SAST,
            path="tests/test_views.py",
            status=FindingStatus.OPEN,
        ),
        "fp-in-app-gone": PriorFinding(
            fingerprint="fp-in-app-gone",
            engine=Engine.SAST,
            path="app/views.py",
            status=FindingStatus.OPEN,
        ),
    }
    plan = plan_record(prior=prior, result=result, now=datetime.now(UTC))
    assert plan.transitions["fp-in-tests"].outcome is Outcome.UNSEEN
    assert plan.transitions["fp-in-app-gone"].outcome is Outcome.FIXED
