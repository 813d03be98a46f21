"""Filesystem helpers for the document store."""
import os
import re

_FILENAME_STRIP = re.compile(r"[^A-Za-z0-9_.-]")


class PathOutsideRoot(ValueError):
    pass


def contained_path(root: str, *parts: str) -> str:
    root_real = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(root_real, *parts))
    if os.path.commonpath([root_real, candidate]) != root_real:
        raise PathOutsideRoot(candidate)
    return candidate


def clean_filename(name: str) -> str:
    name = os.path.basename(name.replace("\\", "/"))
    name = _FILENAME_STRIP.sub("_", name).lstrip(".")
    return name or "upload.bin"


def permit_folder(root: str, permit_id: int) -> str:
    path = os.path.join(root, f"permit-{int(permit_id):08d}")
    os.makedirs(path, exist_ok=True)
    return path

