"""Scans: worker lease, limits on clone size/time, engine time and disk; the OSV index path."""

from __future__ import annotations

from tracesec.config.env import data_dir, env_int, env_path

# A running scan renews its lease every TRACE_SCAN_LEASE_SECONDS / 4; a scan whose lease has
# expired (its worker died) is re-queued by the reaper, at most TRACE_SCAN_MAX_ATTEMPTS times.
TRACE_SCAN_LEASE_SECONDS = env_int("TRACE_SCAN_LEASE_SECONDS", 60)
TRACE_SCAN_MAX_ATTEMPTS = env_int("TRACE_SCAN_MAX_ATTEMPTS", 3)
TRACE_SCAN_CLONE_TIMEOUT_SECONDS = env_int("TRACE_SCAN_CLONE_TIMEOUT_SECONDS", 600)
TRACE_SCAN_CLONE_MAX_BYTES = env_int("TRACE_SCAN_CLONE_MAX_BYTES", 2 * 1024**3)
TRACE_SCAN_ENGINE_TIMEOUT_SECONDS = env_int("TRACE_SCAN_ENGINE_TIMEOUT_SECONDS", 900)
TRACE_SCAN_MIN_FREE_BYTES = env_int("TRACE_SCAN_MIN_FREE_BYTES", 512 * 1024**2)
TRACE_SCAN_WORK_DIR = env_path("TRACE_SCAN_WORK_DIR", data_dir() / "scans")
# semgrep jobs per scan. Several workers usually share a machine, so each takes a share of the
# cores rather than all of them; 0 means every usable core (affinity and cgroup quota).
TRACE_SCAN_JOBS = env_int("TRACE_SCAN_JOBS", 2)
# Per-file engine results shared by every worker on the machine (a directory: the engines are a
# plain library without database access; entries are published by atomic rename).
TRACE_SCAN_CACHE_DIR = env_path("TRACE_SCAN_CACHE_DIR", data_dir() / "scan-cache")
TRACE_SCAN_CACHE_MAX_BYTES = env_int("TRACE_SCAN_CACHE_MAX_BYTES", 2 * 1024**3)
TRACE_OSV_DB = env_path("TRACE_OSV_DB", data_dir() / "osv")
# Fair queueing and back-pressure (docs/internals/scan-queue.md): at most this many running scans
# per organization (0 = no cap); a scan still queued after TRACE_SCAN_MAX_QUEUE_AGE_SECONDS ends
# as "skipped: queue full" instead of the queue growing without bound.
TRACE_SCAN_MAX_CONCURRENT_PER_ORG = env_int("TRACE_SCAN_MAX_CONCURRENT_PER_ORG", 4)
TRACE_SCAN_MAX_QUEUE_AGE_SECONDS = env_int("TRACE_SCAN_MAX_QUEUE_AGE_SECONDS", 6 * 3600)
# How long a scan task waits before trying again when every organization with queued scans is
# at its cap.
TRACE_SCAN_CAP_RETRY_SECONDS = env_int("TRACE_SCAN_CAP_RETRY_SECONDS", 5)
# The scan scheduler (docs/internals/scan-queue.md): seconds between ticks. Any number of
# schedulers may run (every `trace worker` starts one); each due scan is queued exactly once.
TRACE_SCHEDULER_INTERVAL_SECONDS = env_int("TRACE_SCHEDULER_INTERVAL_SECONDS", 30)
