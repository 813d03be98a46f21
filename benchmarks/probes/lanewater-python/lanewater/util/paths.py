"""Filesystem helpers that keep user-influenced names inside a storage root."""
import os
import re
from pathlib import Path

_FILENAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")


class PathOutsideRoot(ValueError):
    """Raised when a resolved path would leave its storage root."""


def safe_join(root: Path, *parts: str) -> Path:
    """Join ``parts`` onto ``root`` and refuse anything that resolves outside it."""
    base = Path(root).resolve()
    candidate = base.joinpath(*parts).resolve()
    if os.path.commonpath([str(base), str(candidate)]) != str(base):
        raise PathOutsideRoot(f"{candidate} is outside {base}")
    return candidate


def clean_filename(name: str) -> str:
    """Reduce an uploaded file name to a plain basename made of safe characters."""
    base = os.path.basename(name.replace("\\", "/")).strip()
    if not _FILENAME_RE.fullmatch(base):
        raise PathOutsideRoot(f"unsupported file name {name!r}")
    return base


def slugify(value: str, fallback: str = "document") -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", value).strip("-").lower()
    return slug[:60] or fallback


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
