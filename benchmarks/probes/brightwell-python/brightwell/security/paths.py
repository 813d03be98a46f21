"""Filesystem containment helpers."""
import os


class PathEscape(ValueError):
    pass


def resolve_within(base_dir, name: str) -> str:
    base = os.path.realpath(str(base_dir))
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, candidate]) != base:
        raise PathEscape(name)
    return candidate


def safe_member_name(name: str) -> str:
    cleaned = "".join(ch for ch in name if ch.isalnum() or ch in "-_.")
    cleaned = cleaned.lstrip(".")
    if not cleaned:
        raise PathEscape(name)
    return cleaned
