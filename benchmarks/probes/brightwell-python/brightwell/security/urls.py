"""URL guards shared by the web layers and outbound HTTP clients."""
import ipaddress
import socket
from urllib.parse import urlsplit

PARTNER_HOSTS = frozenset({
    "images.seedsavers.example",
    "cdn.cityfarms.example",
    "media.brightwell.org",
})


class UnsafeURL(ValueError):
    pass


def is_safe_return_path(target: str) -> bool:
    """Only allow same-site relative paths such as ``/plots/A12``."""
    if not target:
        return False
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return False
    if not target.startswith("/") or target.startswith("//") or target.startswith("/\\"):
        return False
    return True


def _is_public_address(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


def check_outbound_url(url: str, allowed_hosts=PARTNER_HOSTS) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise UnsafeURL("only https is allowed")
    host = (parts.hostname or "").lower()
    if host not in allowed_hosts:
        raise UnsafeURL(f"host {host!r} is not an approved partner")
    if not _is_public_address(host):
        raise UnsafeURL("host resolves to an internal address")
    return url
