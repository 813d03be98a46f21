"""How many CPU cores this process may really use: affinity mask and cgroup v2 quota.

``os.cpu_count()`` reports the machine's cores even inside a container limited to one, and
semgrep's own default follows it; a job count above the quota only adds context switches.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def affinity_cores() -> int:
    """Cores in this process's CPU affinity mask (all cores where the OS has no such call)."""
    getaffinity = getattr(os, "sched_getaffinity", None)
    if getaffinity is not None:
        try:
            return max(1, len(getaffinity(0)))
        except OSError:
            pass
    return max(1, os.cpu_count() or 1)


def cgroup_quota_cores(cpu_max: Path = CGROUP_CPU_MAX) -> float | None:
    """The cgroup v2 CPU quota in cores (``"200000 100000"`` -> 2.0); None when unlimited."""
    try:
        fields = cpu_max.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(fields) != 2 or fields[0] == "max":
        return None
    try:
        quota, period = int(fields[0]), int(fields[1])
    except ValueError:
        return None
    if quota <= 0 or period <= 0:
        return None
    return quota / period


def usable_cores(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """The smaller of the affinity mask and the cgroup quota (rounded up), at least 1."""
    cores = affinity_cores()
    quota = cgroup_quota_cores(cpu_max)
    if quota is not None:
        cores = min(cores, max(1, math.ceil(quota)))
    return cores
