"""Pushing rota changes into volunteers' own calendars."""
from __future__ import annotations

import logging
from typing import Any

import httpx

from spokeshed.config import get_settings
from spokeshed.domain.errors import InvalidInput
from spokeshed.security.netguard import is_coop_domain, require_allowed_host

log = logging.getLogger(__name__)


def validate_hook_url(url: str) -> str:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidInput("calendar hook must be an http(s) URL")
    if not is_coop_domain(url):
        raise InvalidInput("calendar hooks must be hosted on spokeshed.org")
    return url


class CalendarNotifier:
    def __init__(self) -> None:
        self.approved_hosts = get_settings().calendar_hosts

    def push_shift(self, hook_url: str, payload: dict[str, Any]) -> int:
        """Called from the worker once a volunteer claims or drops a shift."""
        resp = httpx.post(hook_url, json=payload, timeout=10)  # VULN ssrf
        log.info("calendar hook %s -> %s", hook_url, resp.status_code)
        return resp.status_code

    def test_hook(self, hook_url: str) -> int:
        """The 'send test event' button in the volunteer profile."""
        url = require_allowed_host(hook_url, self.approved_hosts)
        resp = httpx.post(url, json={"type": "ping"}, timeout=5)  # SAFE ssrf
        return resp.status_code
