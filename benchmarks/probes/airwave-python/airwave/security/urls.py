"""URL guards used before redirecting or fetching remote resources."""
from __future__ import annotations

from urllib.parse import urlsplit

from airwave.settings import get_settings

RELAY_PREFIX = "https://relay.airwave.fm"


def local_next(target: str | None, default: str = "/") -> str:
    """Return the post-login destination if it points inside the site."""
    if target and target.startswith("/"):
        return target
    return default


def is_safe_redirect(target: str | None) -> bool:
    """True only for a same-site, path-only URL."""
    if not target:
        return False
    if "\\" in target or any(ord(ch) < 0x20 for ch in target):
        return False
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return False
    return target.startswith("/") and not target.startswith("//")


def feed_host_allowed(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return False
    host = (parts.hostname or "").lower()
    return host in get_settings().feed_hosts


def artwork_url_allowed(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    return (parts.hostname or "").lower() in get_settings().artwork_hosts


def relay_target(url: str) -> bool:
    """Webhooks must be delivered through the station relay."""
    return url.startswith(RELAY_PREFIX)


def public_website(url: str | None) -> str:
    """Normalise a host's personal website for display; drops anything not http(s)."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return parts.geturl()
