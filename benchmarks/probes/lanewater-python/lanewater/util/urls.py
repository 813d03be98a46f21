"""URL checks used before redirecting browsers or calling out to other hosts."""
import ipaddress
import re
import socket
from urllib.parse import urlsplit

from django.utils.http import url_has_allowed_host_and_scheme

from lanewater import conf

_FEED_HOST_RE = re.compile(r"(feeds\.lanewater\.org|sport\.cityhall\.gov)")


def is_local_path(target: str | None) -> bool:
    """True for in-site paths such as ``/bookings/mine``."""
    return bool(target) and target.startswith("/")


def is_payment_portal_url(target: str | None) -> bool:
    """Return URLs handed to the payment portal must point back at the portal."""
    return bool(target) and target.startswith(conf.PAYMENT_PORTAL_URL)


def safe_next_url(target: str | None, default: str = "/") -> str:
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts=conf.PUBLIC_HOSTS, require_https=True):
        return target
    return default


def is_known_feed(url: str) -> bool:
    """Timetable feeds are published by the city and by our own feed service."""
    return bool(_FEED_HOST_RE.search(url))


def is_allowed_avatar(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and parts.hostname in conf.AVATAR_HOSTS and parts.port in (None, 443)


def has_web_scheme(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")


def resolves_to_public_address(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            return False
    return True
