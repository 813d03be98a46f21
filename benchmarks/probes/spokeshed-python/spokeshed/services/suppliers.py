"""Wholesaler integrations: trade prices, stock feeds and catalogue downloads."""
from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

import httpx

from spokeshed.config import WHOLESALE_API_KEY, WHOLESALE_API_USER, get_settings
from spokeshed.domain.dto import SupplierFeed
from spokeshed.security.netguard import require_allowed_host

log = logging.getLogger(__name__)

WHOLESALE_BASE = "https://api.cyclewholesale.co.uk/v2"
USER_AGENT = "Spokeshed/0.9 (+https://spokeshed.org)"


class WholesaleClient:
    """Client for the main wholesaler's trade API."""

    def __init__(self) -> None:
        credentials = (WHOLESALE_API_USER, WHOLESALE_API_KEY)
        headers = {"User-Agent": USER_AGENT}
        self._client = httpx.Client(base_url=WHOLESALE_BASE, auth=credentials, headers=headers, timeout=30, verify=False)  # VULN tls

    def trade_price(self, sku: str) -> Decimal | None:
        resp = self._client.get(f"/products/{sku}/price")
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return Decimal(str(resp.json()["trade_price"]))

    def close(self) -> None:
        self._client.close()


class FeedFetcher:
    """Downloads price/stock feeds that coordinators register per supplier."""

    def __init__(self) -> None:
        self.allowed = get_settings().supplier_hosts

    def fetch(self, feed: SupplierFeed) -> bytes:
        log.info("fetching feed for %s", feed.supplier_code)
        resp = httpx.get(feed.feed_url, headers={"User-Agent": USER_AGENT}, timeout=60, follow_redirects=True)  # VULN ssrf
        resp.raise_for_status()
        return resp.content

    def fetch_catalogue(self, url: str) -> bytes:
        checked = require_allowed_host(url, self.allowed)
        with httpx.Client(timeout=120, verify=True, follow_redirects=False) as client:  # SAFE tls
            resp = client.get(checked, headers={"User-Agent": USER_AGENT})  # SAFE ssrf
        resp.raise_for_status()
        return resp.content

    def summary(self, feed: SupplierFeed, payload: bytes) -> dict[str, Any]:
        return {"supplier": feed.supplier_code, "bytes": len(payload), "format": feed.format}
