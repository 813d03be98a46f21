"""GPX handling: course control positions exported from Purple Pen / OCAD and runner GPS tracks."""
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

GPX_NS = {"gpx": "http://www.topografix.com/GPX/1/1"}


@dataclass
class TrackPoint:
    lat: float
    lon: float
    time: datetime | None
    ele: float | None = None


@dataclass
class Waypoint:
    name: str
    lat: float
    lon: float


def _hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)


def parse_course_waypoints(data: bytes) -> list[Waypoint]:
    root = etree.fromstring(data, parser=_hardened_parser())  # SAFE xxe
    points = []
    for wpt in root.iterfind("gpx:wpt", GPX_NS):
        name = wpt.findtext("gpx:name", default="", namespaces=GPX_NS).strip()
        points.append(Waypoint(name=name, lat=float(wpt.get("lat")), lon=float(wpt.get("lon"))))
    return points


def parse_track(data: bytes) -> list[TrackPoint]:
    """Runner tracks come from many watches; keep entity support for odd vendor exports."""
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, recover=True)
    root = etree.fromstring(data, parser)  # VULN xxe
    points: list[TrackPoint] = []
    for trkpt in root.iterfind(".//gpx:trkpt", GPX_NS):
        raw_time = trkpt.findtext("gpx:time", default=None, namespaces=GPX_NS)
        raw_ele = trkpt.findtext("gpx:ele", default=None, namespaces=GPX_NS)
        points.append(
            TrackPoint(
                lat=float(trkpt.get("lat")),
                lon=float(trkpt.get("lon")),
                time=datetime.fromisoformat(raw_time.replace("Z", "+00:00")) if raw_time else None,
                ele=float(raw_ele) if raw_ele else None,
            )
        )
    return points


def track_name(data: bytes) -> str | None:
    root = etree.fromstring(data, parser=_hardened_parser())
    return root.findtext(".//gpx:trk/gpx:name", default=None, namespaces=GPX_NS)
