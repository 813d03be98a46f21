"""Filename and path helpers for uploads, exports and cached documents."""
from __future__ import annotations

import os
import re
import unicodedata
import uuid
from pathlib import Path

_SAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


class PathEscapeError(ValueError):
    pass


def safe_join(base: Path | str, *parts: str) -> Path:
    """Join ``parts`` onto ``base`` and refuse anything that resolves outside of it."""
    root = os.path.realpath(str(base))
    candidate = os.path.realpath(os.path.join(root, *parts))
    if os.path.commonpath([root, candidate]) != root:
        raise PathEscapeError(f"{'/'.join(parts)!r} escapes {root}")
    return Path(candidate)


def slugify_filename(name: str, default: str = "file") -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = os.path.basename(name.replace("\\", "/"))
    name = _SAFE_CHARS.sub("-", name).strip(".-")
    return name[:120] or default


def storage_name(original: str) -> str:
    """Name used on disk/S3: random prefix plus a cleaned suffix for humans."""
    return f"{uuid.uuid4().hex}-{slugify_filename(original)}"


def looks_like_traversal(name: str) -> bool:
    return ".." in name or name.startswith("/")
