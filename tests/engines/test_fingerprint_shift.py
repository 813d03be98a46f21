"""Line-independent identity: inserting code above findings yields zero false new/fixed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.support.git_trees import write
from tracesec.engines.model import Engine, ScanConfig, ScanResult
from tracesec.engines.scan import scan
from tracesec.engines.secrets.detectors.base import fake

GH = fake("ghp_", 36, seed="shift")
SLACK = (
    "xoxb-"
    + fake("", 12, "0123456789", "s1")
    + "-"
    + fake("", 12, "0123456789", "s2")
    + "-"
    + fake("", 24, seed="s3")
)
PW = fake("", 16, seed="shift-pw")

SECRETS_BEFORE = {
    "app/settings.py": f'DEBUG = False\nGITHUB_TOKEN = "{GH}"\nDATABASE_URL = "postgres://u:{PW}@db/x"\n',
    "ops/notify.sh": f"#!/bin/sh\ncurl -H 'x' -d \"token={SLACK}\" https://slack.invalid\n",
    "dup.env": f"A={GH}\nB={GH}\n",
}


def _shifted(files: dict[str, str]) -> dict[str, str]:
    filler = "".join(f"# inserted line {i}\nvalue_{i} = {i}\n" for i in range(7))
    return {path: filler + text + "\n# trailing\n" for path, text in files.items()}


def _identities(result: ScanResult) -> set[tuple[str, str]]:
    return {(f.rule_id, f.fingerprint) for f in result.findings}


def _compare(
    tmp_path: Path, files: dict[str, str], config: ScanConfig
) -> tuple[ScanResult, ScanResult]:
    before_root, after_root = tmp_path / "before", tmp_path / "after"
    for path, text in files.items():
        write(before_root, path, text)
    for path, text in _shifted(files).items():
        write(after_root, path, text)
    return scan(before_root, config), scan(after_root, config)


def test_secrets_fingerprints_survive_shifted_lines(tmp_path: Path) -> None:
    before, after = _compare(tmp_path, SECRETS_BEFORE, ScanConfig(engines=(Engine.SECRETS,)))
    assert len(before.findings) == 4
    new = _identities(after) - _identities(before)
    fixed = _identities(before) - _identities(after)
    assert (new, fixed) == (set(), set())
    moved = {f.fingerprint: f.location.start_line for f in after.findings}
    assert all(moved[f.fingerprint] == f.location.start_line + 14 for f in before.findings)


SAST_BEFORE = {
    "svc/crypto_utils.py": (
        "import hashlib\n\n\n"
        "def legacy(data):\n"
        "    a = hashlib.sha1(data)\n"
        "    b = hashlib.sha1(data)\n"
        "    return a, b\n\n\n"
        "def store(password):\n"
        "    return hashlib.md5(password.encode()).hexdigest()\n"
    ),
}


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("tracesec.engines.sast.runner") is None, reason="no SAST runner"
)
def test_sast_fingerprints_survive_shifted_lines(tmp_path: Path) -> None:
    before, after = _compare(tmp_path, SAST_BEFORE, ScanConfig(engines=(Engine.SAST,)))
    assert all(s.ok for s in before.engines + after.engines), before.errors + after.errors
    assert len(before.findings) >= 3  # two identical sha1 lines stay two findings
    assert len({f.fingerprint for f in before.findings}) == len(before.findings)
    assert _identities(after) == _identities(before)
