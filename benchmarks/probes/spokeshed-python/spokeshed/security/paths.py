"""Filesystem helpers for user-supplied file names."""
from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from spokeshed.domain.errors import InvalidInput

_EXTENSION = re.compile(r"^\.(jpe?g|png|webp|heic)$", re.IGNORECASE)


def contained_path(base: Path, name: str) -> Path:
    """Resolve name under base and refuse anything that escapes it."""
    root = os.path.realpath(base)
    candidate = os.path.realpath(os.path.join(root, name))
    if os.path.commonpath([root, candidate]) != root:
        raise InvalidInput("path escapes storage directory")
    return Path(candidate)


def random_photo_name(original: str) -> str:
    ext = os.path.splitext(original)[1].lower()
    if not _EXTENSION.match(ext):
        raise InvalidInput("unsupported image type")
    return f"{uuid.uuid4().hex}{ext}"


def clean_component(value: str) -> str:
    """Keep a single, boring path component (used for report names)."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", value)
    return cleaned.lstrip(".") or "unnamed"
