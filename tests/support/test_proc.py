"""The /proc sampler the token canaries rely on: it must tell whether git was seen at all."""

from __future__ import annotations

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
