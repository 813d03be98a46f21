"""URL helpers: post-login redirects and outbound host policy."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlparse

from millrace.config import get_settings


def is_local_redirect(target: str | None) -> bool:
    if not target:
        return False
    parsed = urlparse(target)
    return not parsed.scheme and not parsed.netloc and target.startswith("/") and not target.startswith("//") and "\\" not in target


def looks_internal(target: str) -> bool:
    return target.startswith("/")


def partner_host_allowed(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        return False
    if parsed.hostname not in get_settings().partner_hosts:
        return False
    return not _resolves_private(parsed.hostname)


def same_site(url: str) -> bool:
    return url.startswith(get_settings().site_base_url)


def _resolves_private(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return True
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return True
    return False
