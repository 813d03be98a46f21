"""`trace scan` as a person runs it: on a terminal (a real pseudo-terminal) each engine's line
shows the files it has done of those it has to do; piped, nothing but the report is written.
Runs the installed `trace` command with the real engines (semgrep included)."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.support.git_trees import write
from tracesec.engines.sca import osvstore
from tracesec.engines.secrets.detectors.base import fake

TOKEN = fake("ghp_", 36, seed="cli-progress-test")
ADVISORY = {
    "id": "PYSEC-0000-1",
    "modified": "2024-01-01T00:00:00Z",
    "summary": "test advisory",
    "affected": [
        {
            "package": {"ecosystem": "PyPI", "name": "requests"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.26.0"}]}],
        }
    ],
}
TRACE = Path(sys.executable).parent / "trace"
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    write(root, "settings.py", f'TOKEN = "{TOKEN}"\n')
    write(
        root, "app.py", "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n"
    )
    write(root, "web/page.js", "document.body.innerHTML = location.hash;\n")
    write(root, "README.md", "hello\n")
    write(root, "requirements.txt", "requests==2.25.1\n")
    return root


def _command(project: Path, tmp_path: Path) -> list[str]:
    # an advisory index with one record, so SCA runs (what it matches is not the point here)
    records = tmp_path / "osv"
    write(records, "PYSEC-0000-1.json", json.dumps(ADVISORY))
    osvstore.build_index(records, tmp_path / "index", "test")
    return [
        str(TRACE), "scan", str(project), "--engines", "sast,sca,secrets", "--format", "json",
        "--no-cache", "--osv-db", str(tmp_path / "index"),
    ]  # fmt: skip


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "TRACE_DATA_DIR": str(tmp_path / "data"), "TERM": "xterm-256color"}


def test_on_a_terminal_each_engine_shows_files_done(project: Path, tmp_path: Path) -> None:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    proc = subprocess.Popen(
        _command(project, tmp_path),
        stdout=subprocess.PIPE,
        stderr=slave,
        stdin=subprocess.DEVNULL,
        env=_env(tmp_path),
    )
    os.close(slave)
    drawn = b""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the command has exited
                break
            if not chunk:
                break
            drawn += chunk
        elif proc.poll() is not None:
            break
    os.close(master)
    out = proc.stdout.read() if proc.stdout else b""
    assert proc.wait(timeout=60) == 1, drawn  # findings
    text = ANSI.sub(b"", drawn).decode("utf-8", "replace")
    # every walked file for secrets, the files a rule pack covers for SAST (settings.py,
    # app.py, page.js), the lockfile for SCA
    assert "secrets 5/5 files: done" in text, text
    assert "sast 0/3 files" in text, text  # semgrep running over its one batch
    assert "sast 3/3 files: done" in text, text
    assert "sca 1/1 files: done" in text, text
    assert TOKEN.encode() not in drawn
    assert b'"findings"' in out  # the report itself went to stdout


def test_piped_the_command_writes_no_progress(project: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        _command(project, tmp_path),
        capture_output=True,
        stdin=subprocess.DEVNULL,
        env=_env(tmp_path),
        timeout=240,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert b"files" not in completed.stderr
    assert b"\x1b[" not in completed.stderr
    assert completed.stdout.startswith(b"{")
