"""Helpers for locating files under the storage root."""
from __future__ import annotations

import os
from pathlib import Path


class PathEscapeError(ValueError):
    """Raised when a requested name would resolve outside its base folder."""


def resolve_under(base: str, name: str) -> str:
    """Join *name* onto *base* and make sure the result stays inside *base*."""
    full = os.path.abspath(os.path.join(base, name))
    if not full.startswith(os.path.abspath(base)):
        raise PathEscapeError(name)
    return full


def safe_join(base: Path, *parts: str) -> Path:
    """Resolve *parts* below *base*, following symlinks, and refuse escapes."""
    root = base.resolve()
    candidate = root.joinpath(*parts).resolve()
    if os.path.commonpath([str(root), str(candidate)]) != str(root):
        raise PathEscapeError("/".join(parts))
    return candidate


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def human_size(num_bytes: int) -> str:
    size = float(num_bytes)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
