"""Usable cores: the affinity mask and the cgroup v2 quota both cap semgrep's job count."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracesec.engines.cores import affinity_cores, cgroup_quota_cores, usable_cores
from tracesec.engines.model import ScanConfig
from tracesec.engines.sast import command


def _cpu_max(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cpu.max"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "cores"),
    [("max 100000\n", None), ("150000 100000\n", 1.5), ("50000 100000", 0.5), ("garbage", None)],
)
def test_cgroup_quota_is_read_in_cores(tmp_path: Path, text: str, cores: float | None) -> None:
    assert cgroup_quota_cores(_cpu_max(tmp_path, text)) == cores


def test_missing_cgroup_file_means_no_quota(tmp_path: Path) -> None:
    assert cgroup_quota_cores(tmp_path / "absent") is None
    assert usable_cores(tmp_path / "absent") == affinity_cores()


def test_quota_caps_the_cores_rounding_up(tmp_path: Path) -> None:
    assert usable_cores(_cpu_max(tmp_path, "50000 100000")) == 1
    assert usable_cores(_cpu_max(tmp_path, "1000000000 100000")) == affinity_cores()


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="Linux only")
def test_affinity_mask_is_honoured() -> None:
    code = (
        "import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}); "
        "from tracesec.engines.cores import usable_cores; print(usable_cores())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, text=True)
    assert out.stdout.strip() == "1"


def test_jobs_default_to_usable_cores_and_scale_the_memory_limit() -> None:
    auto = ScanConfig()
    assert command.jobs_for(auto) == usable_cores()
    argv = command.base_argv(
        "/x/semgrep-core",
        Path("r.json"),
        Path("t.json"),
        ScanConfig(sast_jobs=3, sast_memory_mb=1000),
    )
    assert argv[argv.index("-j") + 1] == "3"
    assert argv[argv.index("-max_memory") + 1] == "800"  # per job (one file at a time per job)
    assert command.address_space_mb(ScanConfig(sast_jobs=3, sast_memory_mb=1000)) == 3000
