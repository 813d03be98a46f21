"""A worker killed mid-scan must not leave semgrep running: the child dies with its parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.support.proc import descendants

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tracesec.engines.model import ScanConfig
    from tracesec.engines.sast.runner import start
    from tracesec.engines.targets import walk

    root = Path(sys.argv[1])
    config = ScanConfig(sast_timeout_seconds=600)
    run = start(root, walk(root, config).files, config)
    print("started", flush=True)
    run.wait()
    """
)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def test_semgrep_dies_when_the_scanning_process_is_killed(tmp_path: Path) -> None:
    body = "".join(f"def f{j}(x):\n    return subprocess.run(x, shell=True)\n" for j in range(2000))
    for i in range(100):
        (tmp_path / f"m{i}.py").write_text("import subprocess\n" + body)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "started"
        # Wait until semgrep-core is really working (it runs as the scanning process's child).
        deadline = time.monotonic() + 60
        semgrep: list[int] = []
        while not semgrep and time.monotonic() < deadline:
            semgrep = [pid for pid in descendants(proc.pid) if _name(pid) == "semgrep-core"]
            time.sleep(0.05)
        assert semgrep, "semgrep-core did not start"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in semgrep) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in semgrep)
    finally:
        if proc.poll() is None:
            proc.kill()
