"""semgrep runs in the scanned tree, so git must learn nothing there: not the remote, not
anything a repository's configuration says. semgrep's CLI asked git for the project's URL
(``git ls-remote --get-url``, sent only with metrics); scans now run semgrep-core, which
must not call git at all."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.engine_trees import write_targets
from tracesec.engines.model import ScanConfig
from tracesec.engines.sast import start

PLANTED = "https://planted.example/acme/payments.git"


def test_git_learns_nothing_of_the_scanned_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_git = shutil.which("git")
    assert real_git is not None
    root = tmp_path / "repo"
    targets = write_targets(root, {"app.py": "import os\nos.system(input())\n"})
    subprocess.run([real_git, "init", "-q", str(root)], check=True)
    subprocess.run([real_git, "-C", str(root), "remote", "add", "origin", PLANTED], check=True)
    # a git first on PATH that records what it was asked, where, and what it answered
    log = tmp_path / "git.log"
    wrapper = tmp_path / "bin" / "git"
    wrapper.parent.mkdir()
    wrapper.write_text(
        "#!/bin/sh\n"
        f'out=$("{real_git}" "$@" 2>&1); rc=$?\n'
        f'printf "%s | %s | %s\\n" "$PWD" "$*" "$out" >> "{log}"\n'
        'printf "%s\\n" "$out"\n'
        "exit $rc\n"
    )
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{wrapper.parent}{os.pathsep}{os.environ['PATH']}")

    outcome = start(root, targets, ScanConfig()).wait()

    assert outcome.status.ok, outcome.status.error
    assert outcome.findings  # the scan ran for real
    asked = log.read_text() if log.exists() else ""
    assert asked == ""
