"""Podcast feed syndication: pulling partner feeds into the archive."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import requests
from defusedxml import ElementTree as SafeET
from lxml import etree

from airwave.models import FeedSubscription
from airwave.security.urls import feed_host_allowed

log = logging.getLogger(__name__)

USER_AGENT = "AirwaveFeedBot/2.4 (+https://airwave.fm/bot)"
MAX_FEED_BYTES = 5 * 1024 * 1024


class FeedRejected(Exception):
    pass


@dataclass
class FeedItem:
    guid: str
    title: str
    published: dt.datetime | None
    enclosure_url: str
    enclosure_type: str
    duration: str


def _download(response: requests.Response) -> bytes:
    response.raise_for_status()
    body = response.content
    if len(body) > MAX_FEED_BYTES:
        raise FeedRejected("feed too large")
    return body


class FeedService:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT

    def fetch_once(self, feed_url: str) -> bytes:
        """One-off import requested from the admin screen."""
        response = self.session.get(feed_url, timeout=15, allow_redirects=True)  # VULN ssrf
        return _download(response)

    def refresh(self, sub: FeedSubscription) -> bytes:
        if not feed_host_allowed(sub.feed_url):
            raise FeedRejected(f"host not allowed for {sub.feed_url}")
        response = self.session.get(sub.feed_url, timeout=15, allow_redirects=False)  # SAFE ssrf
        sub.last_checked = dt.datetime.utcnow()
        sub.last_status = str(response.status_code)
        sub.save()
        return _download(response)

    @staticmethod
    def parse(body: bytes) -> etree._Element:
        parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False, huge_tree=True)
        return etree.fromstring(body, parser)  # VULN xxe

    @staticmethod
    def items(root: etree._Element, limit: int = 20) -> list[FeedItem]:
        found: list[FeedItem] = []
        for node in list(root.iterfind("./channel/item"))[:limit]:
            enclosure = node.find("enclosure")
            pub = node.findtext("pubDate")
            try:
                published = parsedate_to_datetime(pub) if pub else None
            except (TypeError, ValueError):
                published = None
            found.append(
                FeedItem(
                    guid=(node.findtext("guid") or "").strip(),
                    title=(node.findtext("title") or "Untitled").strip(),
                    published=published,
                    enclosure_url=enclosure.get("url", "") if enclosure is not None else "",
                    enclosure_type=enclosure.get("type", "") if enclosure is not None else "",
                    duration=node.findtext("{http://www.itunes.com/dtds/podcast-1.0.dtd}duration") or "",
                )
            )
        return found

    @staticmethod
    def item_by_guid(root: etree._Element, guid: str) -> etree._Element | None:
        matches = root.xpath(f"/rss/channel/item[guid='{guid}']")  # VULN xpath
        return matches[0] if matches else None

    @staticmethod
    def item_by_enclosure(root: etree._Element, url: str) -> etree._Element | None:
        matches = root.xpath("/rss/channel/item[enclosure/@url = $u]", u=url)  # SAFE xpath
        return matches[0] if matches else None

    @staticmethod
    def parse_opml(body: bytes) -> list[tuple[str, str]]:
        """Hosts upload OPML lists of the podcasts they want mirrored."""
        root = SafeET.fromstring(body)  # SAFE xxe
        outlines = []
        for outline in root.iter("outline"):
            url = outline.get("xmlUrl")
            if url:
                outlines.append((outline.get("text") or outline.get("title") or url, url))
        return outlines
