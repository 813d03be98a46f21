"""Helpers for post-login and post-action redirects."""
from __future__ import annotations

from urllib.parse import urlsplit

DEFAULT_LANDING = "/bookings"


def is_relative(target: str | None) -> bool:
    """Cheap check used by the login form's `next` parameter."""
    return bool(target) and target.startswith("/")


def safe_next(target: str | None, default: str = DEFAULT_LANDING) -> str:
    """Return target only if it is a same-site path; otherwise the default."""
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


BACKOFFICE_PAGES = {
    "rota": "/rota/week",
    "suppliers": "/suppliers",
    "templates": "/admin/templates",
    "reports": "/admin/reports",
    "volunteers": "/volunteers",
}


def landing_for(key: str | None) -> str:
    """Map a short page key from a form to the back-office page to return to."""
    if not key:
        return BACKOFFICE_PAGES["rota"]
    return BACKOFFICE_PAGES.get(key, key)
