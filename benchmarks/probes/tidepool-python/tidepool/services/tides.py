"""Tide predictions shown on the berth planner and the public arrivals page."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import httpx
from lxml import etree

from tidepool.config import get_settings

log = logging.getLogger(__name__)


@dataclass
class TideEvent:
    at: datetime
    kind: str  # "high" | "low"
    height_m: float


def _hydro_client() -> httpx.Client:
    return httpx.Client(timeout=10.0, headers={"Accept": "application/json"})


def _feed_client() -> httpx.Client:
    """Some marinas run their own gauge with a self-signed appliance certificate."""
    return httpx.Client(timeout=10.0, verify=False, follow_redirects=True)  # VULN tls


def station_predictions(station_id: int, start: date, days: int = 3) -> list[TideEvent]:
    base = get_settings().tide_api_base
    params = {"from": start.isoformat(), "to": (start + timedelta(days=days)).isoformat(), "datum": "CD"}
    with _hydro_client() as client:
        response = client.get(f"{base}/stations/{int(station_id)}/predictions", params=params)  # SAFE ssrf
    response.raise_for_status()
    return [
        TideEvent(at=datetime.fromisoformat(item["time"]), kind=item["type"], height_m=float(item["height"]))
        for item in response.json().get("predictions", [])
    ]


def _parse_feed(payload: bytes) -> list[TideEvent]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    root = etree.fromstring(payload, parser)  # SAFE xxe
    events: list[TideEvent] = []
    for node in root.iter("event"):
        events.append(
            TideEvent(
                at=datetime.fromisoformat(node.get("time")),
                kind=node.get("type", "high"),
                height_m=float(node.get("height", "0")),
            )
        )
    return events


def custom_feed_predictions(feed_url: str) -> list[TideEvent]:
    with _feed_client() as client:
        response = client.get(feed_url)  # VULN ssrf
    response.raise_for_status()
    if "json" in response.headers.get("content-type", ""):
        return [
            TideEvent(at=datetime.fromisoformat(e["time"]), kind=e["type"], height_m=float(e["height"]))
            for e in response.json()
        ]
    return _parse_feed(response.content)


def next_high_water(events: list[TideEvent], after: datetime) -> TideEvent | None:
    upcoming = [e for e in events if e.kind == "high" and e.at >= after]
    return min(upcoming, key=lambda e: e.at) if upcoming else None
