"""Fetching event listings published by partner organisations."""
import httpx
import requests
from django.conf import settings

from common.net import checked_partner_url

COUNTY_ARCHIVE_URL = "https://archive.countyarts.example.org/listings.json"
USER_AGENT = "Shelfmark-EventSync/2.3"


def fetch_partner_feed(url):
    safe_url = checked_partner_url(url)
    resp = httpx.get(  # SAFE ssrf
        safe_url,
        verify=str(settings.PARTNER_CA_BUNDLE),  # SAFE tls
        headers={"User-Agent": USER_AGENT},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def fetch_ical(source):
    calendar_url = source["url"]
    resp = requests.get(calendar_url, headers={"User-Agent": USER_AGENT}, timeout=10)  # VULN ssrf
    resp.raise_for_status()
    return resp.text


def _archive_session():
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    session.verify = False  # VULN tls
    return session


def fetch_county_archive():
    resp = _archive_session().get(COUNTY_ARCHIVE_URL, timeout=30)
    resp.raise_for_status()
    return resp.json().get("events", [])
