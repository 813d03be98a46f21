"""`trace scan --baseline FILE` reports only findings the previous JSON report did not have."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_scan as _run
from tests.support.git_trees import write
from tracesec.cli import exit_codes
from tracesec.engines.secrets.detectors.base import fake

OLD = fake("ghp_", 36, seed="baseline-old")
NEW = fake("ghp_", 36, seed="baseline-new")


def test_only_new_findings_are_reported_and_fail(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    write(tree, "a.env", f"OLD={OLD}\n")
    report = tmp_path / "baseline.json"
    code, _, _ = _run(str(tree), "--engines", "secrets", "--format", "json", "-o", str(report))
    assert code == exit_codes.FINDINGS
    # the old secret moves down two lines: same fingerprint, not new
    write(tree, "a.env", f"# moved\n\nOLD={OLD}\n")
    code, out, _ = _run(str(tree), "--engines", "secrets", "--format", "json",
                        "--baseline", str(report))  # fmt: skip
    assert code == exit_codes.OK
    assert json.loads(out)["findings"] == []
    write(tree, "b.env", f"NEW={NEW}\n")
    code, out, _ = _run(str(tree), "--engines", "secrets", "--format", "json",
                        "--baseline", str(report))  # fmt: skip
    assert code == exit_codes.FINDINGS
    assert [f["location"]["path"] for f in json.loads(out)["findings"]] == ["b.env"]


def test_unreadable_baseline_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"OLD={OLD}\n")
    bad = write(tmp_path, "bad.json", '{"schema": "something else"}')
    code, out, err = _run(str(tmp_path), "--baseline", str(bad))
    assert (code, out) == (exit_codes.USAGE, "")
    assert "--baseline: not a Trace scan result document" in err
    code, _, err = _run(str(tmp_path), "--baseline", str(tmp_path / "missing.json"))
    assert code == exit_codes.USAGE
    assert "cannot read" in err
    assert "No such file" in err
    write(tmp_path, "sarif.json", "[1, 2")
    code, _, err = _run(str(tmp_path), "--baseline", str(tmp_path / "sarif.json"))
    assert code == exit_codes.USAGE
    assert "not JSON" in err
