"""Filesystem helpers shared by the media store, document renderer and exports."""
from __future__ import annotations

import os
import re
from pathlib import Path

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


class UnsafePathError(ValueError):
    pass


def contained_path(root: Path, *parts: str) -> Path:
    """Join parts under root and refuse anything that resolves outside it."""
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if candidate != base and base not in candidate.parents:
        raise UnsafePathError(f"{candidate} escapes {base}")
    return candidate


def require_plain_name(name: str) -> str:
    if not _SAFE_NAME.match(name) or ".." in name:
        raise UnsafePathError(f"bad file name {name!r}")
    return name


def looks_like_filename(name: str) -> bool:
    return ".." not in name and not name.startswith("/")


def ensure_dir(path: Path) -> Path:
    os.makedirs(path, exist_ok=True)
    return path
