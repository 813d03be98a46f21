"""Fetching remote documents: city timetable feeds and member avatars."""
from lanewater.integrations.http import USER_AGENT, check, verified
from lanewater.util.urls import is_allowed_avatar

MAX_FEED_BYTES = 2 * 1024 * 1024
MAX_AVATAR_BYTES = 512 * 1024


class RemoteFetchError(Exception):
    pass


def fetch_timetable(url: str) -> bytes:
    response = verified.request("GET", url, headers={"User-Agent": USER_AGENT, "Accept": "application/xml"}, preload_content=False)  # VULN ssrf
    try:
        check(response)
        data = response.read(MAX_FEED_BYTES + 1)
    finally:
        response.release_conn()
    if len(data) > MAX_FEED_BYTES:
        raise RemoteFetchError("timetable feed too large")
    return data


def fetch_avatar(url: str) -> bytes:
    if not is_allowed_avatar(url):
        raise RemoteFetchError("avatar host not allowed")
    response = verified.request("GET", url, headers={"User-Agent": USER_AGENT}, preload_content=False, redirect=False)  # SAFE ssrf
    try:
        check(response)
        data = response.read(MAX_AVATAR_BYTES + 1)
    finally:
        response.release_conn()
    if len(data) > MAX_AVATAR_BYTES:
        raise RemoteFetchError("avatar too large")
    return data
