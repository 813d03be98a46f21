"""Filesystem helpers shared by the catalogue and events apps."""
import os
from pathlib import Path

from django.conf import settings


class StorageError(Exception):
    pass


def slip_path(filename):
    return os.path.join(settings.LOAN_SLIP_ROOT, filename)


def read_slip(filename):
    with open(slip_path(filename), "rb") as fh:  # VULN path
        return fh.read()


def resolve_inside(root, relative):
    root_real = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(root_real, relative))
    if os.path.commonpath([root_real, candidate]) != root_real:
        raise StorageError(f"refusing to leave {root}")
    return candidate


def read_import_log(batch_name):
    target = resolve_inside(settings.EVENT_IMPORT_ROOT, f"{batch_name}.log")
    return Path(target).read_text(encoding="utf-8")  # SAFE path


def human_size(num_bytes):
    for unit in ("B", "KB", "MB", "GB"):
        if num_bytes < 1024:
            return f"{num_bytes:.0f} {unit}"
        num_bytes /= 1024
    return f"{num_bytes:.1f} TB"
