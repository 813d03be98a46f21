"""Filesystem path guards for archive, artwork and export directories."""
from __future__ import annotations

import os
import re


class PathRejected(ValueError):
    pass


_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")


def resolve_within(root: str, name: str) -> str:
    """Resolve *name* below *root*, refusing anything that escapes it."""
    base = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, candidate]) != base:
        raise PathRejected(name)
    return candidate


def join_archive(root: str, name: str) -> str:
    """Join an archive file name onto the archive root."""
    path = os.path.join(root, name)
    if not path.startswith(root):
        raise PathRejected(name)
    return path


def plain_file_name(name: str) -> str:
    """Accept a bare file name such as ``2024-05-04-morning-show.txt``."""
    name = os.path.basename(name)
    if not _SAFE_NAME.fullmatch(name) or name in (".", ".."):
        raise PathRejected(name)
    return name
