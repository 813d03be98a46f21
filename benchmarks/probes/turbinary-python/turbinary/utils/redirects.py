"""Helpers for post-login and post-OAuth redirects."""
from urllib.parse import urlsplit


def safe_return_path(target: str | None, fallback: str = "/") -> str:
    """Return ``target`` only if it is a local absolute path, else ``fallback``."""
    if not target or any(ord(ch) < 0x20 for ch in target) or "\\" in target:
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return fallback
    if not target.startswith("/") or target.startswith("//"):
        return fallback
    return target
