from __future__ import annotations

import hashlib
from pathlib import Path

from tests.support.git_trees import write
from tracesec.engines.fingerprint import secret_fingerprint
from tracesec.engines.model import CoverageStatus, Engine, ScanConfig, Severity
from tracesec.engines.secrets.detectors.base import HEX, fake
from tracesec.engines.secrets.engine import run
from tracesec.engines.targets import walk

GH = fake("ghp_", 36, seed="engine-test")
PW = fake("", 16, seed="engine-test-pw")


def _run(root: Path, **config: object):
    cfg = ScanConfig(engines=(Engine.SECRETS,), **config)  # type: ignore[arg-type]
    return run(root, walk(root, cfg).files, cfg)


def test_finding_shape_and_redaction(tmp_path: Path) -> None:
    write(tmp_path, "app/settings.py", f'import os\n\nGITHUB_TOKEN = "{GH}"\n')
    outcome = _run(tmp_path)
    assert outcome.status.ok
    assert outcome.status.complete
    assert outcome.status.files_scanned == 1
    [finding] = outcome.findings
    digest = hashlib.sha256(GH.encode()).hexdigest()
    assert finding.engine is Engine.SECRETS
    assert finding.rule_id == "github-pat"
    assert finding.severity is Severity.CRITICAL
    assert finding.location.path == "app/settings.py"
    assert (finding.location.start_line, finding.location.start_column) == (3, 17)
    assert finding.location.end_column == 17 + len(GH)
    assert finding.fingerprint == secret_fingerprint("github-pat", "app/settings.py", digest)
    assert finding.extra == {"secret_sha256": digest, "masked_preview": f"ghp_\u2026{GH[-4:]}"}
    assert finding.snippet == f'GITHUB_TOKEN = "ghp_\u2026{GH[-4:]}"'
    assert finding.cwe == ("CWE-798",)
    assert GH not in repr(finding)


def test_one_finding_per_value_per_file_counts_occurrences(tmp_path: Path) -> None:
    write(tmp_path, "a.env", f"TOKEN={GH}\nOTHER={GH}\n")
    [finding] = _run(tmp_path).findings
    assert finding.location.start_line == 1
    assert finding.extra["occurrences"] == 2


def test_generic_and_specific_on_one_line_give_one_finding(tmp_path: Path) -> None:
    write(tmp_path, "c.py", f'my_api_token = "{GH}"\n')
    assert [f.rule_id for f in _run(tmp_path).findings] == ["github-pat"]


def test_generic_detector_and_its_stop_words(tmp_path: Path) -> None:
    write(
        tmp_path,
        "conf.yaml",
        "\n".join(
            [
                f"db_password: '{PW}'",
                f"password_hash: '{fake('', 64, HEX)}'",
                "api_token: '${API_TOKEN}'",
                "secret: '{{ vault_secret }}'",
            ]
        ),
    )
    findings = _run(tmp_path).findings
    assert [(f.rule_id, f.location.start_line) for f in findings] == [("generic-secret", 1)]
    assert findings[0].severity is Severity.MEDIUM


def test_multiline_private_key_location(tmp_path: Path) -> None:
    body = "\n".join(fake("", 64, seed=f"k{i}") for i in range(5))
    pem = f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----\n"
    write(tmp_path, "deploy/id_ed25519", "# deploy key\n" + pem)
    [finding] = _run(tmp_path).findings
    assert finding.rule_id == "private-key"
    assert (finding.location.start_line, finding.location.end_line) == (2, 8)
    assert body.splitlines()[0] not in finding.snippet


def test_documentation_examples_and_placeholders_are_not_findings(tmp_path: Path) -> None:
    write(
        tmp_path,
        "README.md",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
        "DATABASE_URL=postgres://user:${DB_PASSWORD}@localhost/db\n",
    )
    assert _run(tmp_path).findings == ()


def test_file_vanished_after_walk_is_recorded(tmp_path: Path) -> None:
    path = write(tmp_path, "gone.txt", "x")
    cfg = ScanConfig(engines=(Engine.SECRETS,))
    files = walk(tmp_path, cfg).files
    path.unlink()
    outcome = run(tmp_path, files, cfg)
    assert not outcome.status.complete
    [record] = outcome.coverage
    assert (record.path, record.status) == ("gone.txt", CoverageStatus.FAILED)
    assert record.reason.startswith("unreadable")


def test_time_limit_records_unscanned_files(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "a")
    write(tmp_path, "b.txt", "b")
    outcome = _run(tmp_path, secrets_timeout_seconds=-1)
    assert {c.status for c in outcome.coverage} == {CoverageStatus.TIMED_OUT}
    assert not outcome.status.complete
