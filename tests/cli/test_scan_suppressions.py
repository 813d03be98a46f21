"""`trace scan` honours repository suppressions: they do not fail --fail-on and are shown."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_scan as _run
from tests.support.git_trees import write
from tracesec.cli import exit_codes
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="cli-suppressions")


def test_suppressed_finding_does_not_fail_and_is_shown(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore: github-pat revoked fixture\n")
    code, out, _ = _run(str(tmp_path), "--engines", "secrets", "--format", "json")
    assert code == exit_codes.OK
    [finding] = json.loads(out)["findings"]
    assert finding["suppression"]["source"] == "code"
    assert finding["suppression"]["justification"] == "revoked fixture"
    code, out, _ = _run(str(tmp_path), "--engines", "secrets", "--format", "sarif")
    assert code == exit_codes.OK
    [result] = [r for run in json.loads(out)["runs"] for r in run["results"]]
    assert result["suppressions"][0]["kind"] == "inSource"
    code, out, _ = _run(str(tmp_path), "--engines", "secrets")
    assert "suppressed (code): revoked fixture" in out


def test_suppression_without_reason_still_fails(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}  # trace-ignore\n")
    code, out, _ = _run(str(tmp_path), "--engines", "secrets")
    assert code == exit_codes.FINDINGS
    assert "has no reason; not honoured" in out


def test_malformed_config_is_reported_on_stderr(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={TOKEN}\n")
    write(tmp_path, ".trace.yml", "ignore: [\n")
    code, _, err = _run(str(tmp_path), "--engines", "secrets")
    assert code == exit_codes.FINDINGS
    assert "trace scan: .trace.yml: not valid YAML" in err
