"""The /proc sampler the token canaries rely on: it must tell whether git was seen at all."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from tests.support.proc import ProcSampler


def test_sampler_without_git_reports_that_git_was_not_seen() -> None:
    with ProcSampler() as sampler:
        subprocess.run(["sleep", "0.2"], check=True)
    assert sampler.cmdlines
    assert not sampler.saw_git()


def test_sampler_sees_a_running_git() -> None:
    with ProcSampler() as sampler:
        # cat-file --batch waits on stdin, so git is alive while the sampler runs
        git = subprocess.Popen(["git", "cat-file", "--batch"], stdin=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 10
            while not sampler.saw_git() and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            git.communicate(b"")
    assert any(b"cat-file\0--batch" in c for c in sampler.git_cmdlines())


def test_a_git_outside_this_test_is_not_counted() -> None:
    # started in a new session by a process that exits at once: git is re-parented away from
    # this test, as another pytest-xdist worker's git is never below it
    launcher = subprocess.run(
        [
            "sh",
            "-c",
            "setsid sh -c 'tail -f /dev/null | git cat-file --batch' > /dev/null 2>&1 & echo $!",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    outside = int(launcher.stdout.strip())
    try:
        time.sleep(0.2)
        with ProcSampler() as sampler:
            subprocess.run(["sleep", "0.2"], check=True)
        assert sampler.cmdlines
        assert not sampler.saw_git()
    finally:
        os.killpg(outside, signal.SIGTERM)  # setsid made it a process group leader
