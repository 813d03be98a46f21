"""Outbound URL checks for supplier feeds and volunteer calendar hooks."""
from __future__ import annotations

from urllib.parse import urlsplit

from spokeshed.domain.errors import InvalidInput


def require_allowed_host(url: str, allowed: frozenset[str]) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise InvalidInput("only https URLs are accepted")
    host = (parts.hostname or "").lower()
    if host not in allowed:
        raise InvalidInput(f"host {host!r} is not an approved endpoint")
    if parts.port not in (None, 443):
        raise InvalidInput("non-standard port")
    return url


def is_coop_domain(url: str) -> bool:
    """Calendar hooks must live on the co-op's own domain."""
    host = (urlsplit(url).hostname or "").lower()
    return host.endswith("spokeshed.org")
