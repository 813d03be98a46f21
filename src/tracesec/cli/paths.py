"""Where the CLI keeps its local data (the engines themselves take explicit paths)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """`TRACE_DATA_DIR`, else `./.data` next to where Trace runs (created by callers)."""
    configured = os.environ.get("TRACE_DATA_DIR", "").strip()
    return Path(configured).expanduser() if configured else Path.cwd() / ".data"


def default_osv_db_path() -> Path:
    """`TRACE_OSV_DB`, else `<data dir>/osv`: the local OSV index used by SCA."""
    configured = os.environ.get("TRACE_OSV_DB", "").strip()
    return Path(configured).expanduser() if configured else data_dir() / "osv"


def default_cache_dir() -> Path:
    """`<data dir>/scan-cache`: per-file engine results re-used by later scans."""
    return data_dir() / "scan-cache"
