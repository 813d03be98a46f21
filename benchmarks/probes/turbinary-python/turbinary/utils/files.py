"""Filesystem helpers."""
import hashlib
from pathlib import Path


class PathOutsideBase(ValueError):
    pass


def resolve_within(base: Path, *parts: str) -> Path:
    root = base.resolve()
    candidate = root.joinpath(*parts).resolve()
    if not candidate.is_relative_to(root):
        raise PathOutsideBase("/".join(parts))
    return candidate


def file_etag(path: Path, chunk_size: int = 1 << 16) -> str:
    digest = hashlib.md5(usedforsecurity=False)  # SAFE hash
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            digest.update(chunk)
    return f'"{digest.hexdigest()}"'
