"""File name helpers."""
import os
import re

_DISALLOWED_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def secure_filename(name: str) -> str:
    """Reduce an arbitrary client supplied name to a single safe path component."""
    name = os.path.basename(name.replace("\\", "/"))
    name = _DISALLOWED_CHARS.sub("_", name).lstrip("._")
    if not name:
        raise ValueError("empty file name")
    return name[:128]
