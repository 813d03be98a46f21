"""Helpers that decide where a browser may be sent after login, logout or payment."""
from __future__ import annotations

from urllib.parse import urlsplit

from tidepool.config import get_settings


def is_relative_target(target: str | None) -> bool:
    """Staff portal: only paths on the same host are followed after login."""
    return bool(target) and target.startswith("/")


def safe_next(target: str | None, default: str = "/") -> str:
    if not target:
        return default
    if "\\" in target or any(ord(ch) < 0x20 for ch in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    if not target.startswith("/") or target.startswith("//"):
        return default
    return target


def is_trusted_host(url: str | None) -> bool:
    if not url:
        return False
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return False
    return parts.hostname.lower() in {h.lower() for h in get_settings().trusted_redirect_hosts}


def is_public_site_url(url: str | None) -> bool:
    """Return-to links after checkout must point back at the public booking site."""
    if not url:
        return False
    return url.startswith(get_settings().public_base_url)
