"""Post-action redirects for the customer portal."""
from __future__ import annotations

from urllib.parse import urlsplit

from fastapi.responses import RedirectResponse

PORTAL_HOME = "/portal/account"
_FORBIDDEN_CHARS = ("\\", "\r", "\n", "\t")


def is_local_path(target: str | None) -> bool:
    if not target or any(ch in target for ch in _FORBIDDEN_CHARS):
        return False
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return False
    return target.startswith("/") and not target.startswith("//")


def redirect_after_login(target: str | None) -> RedirectResponse:
    if target and target.startswith("/"):
        return RedirectResponse(target, status_code=303)  # VULN redirect
    return RedirectResponse(PORTAL_HOME, status_code=303)


def redirect_within_portal(target: str | None) -> RedirectResponse:
    if not is_local_path(target):
        return RedirectResponse(PORTAL_HOME, status_code=303)
    return RedirectResponse(target, status_code=303)  # SAFE redirect
