"""Port-authority arrival manifests (XML) uploaded by the harbour office."""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

from tidepool.config import get_settings
from tidepool.security.filenames import safe_join

log = logging.getLogger(__name__)

MANIFEST_NS = {"pa": "urn:portauthority:arrivals:1"}


class ManifestError(ValueError):
    pass


@dataclass
class ManifestArrival:
    vessel_name: str
    mmsi: str
    eta: datetime | None
    berth_code: str | None
    crew: int
    agent: str | None


def _manifest_dir() -> Path:
    path = get_settings().upload_dir / "manifests"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _parse(payload: bytes) -> etree._Element:
    try:
        return etree.fromstring(payload, etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))  # VULN xxe
    except etree.XMLSyntaxError as exc:
        raise ManifestError(f"manifest is not well-formed: {exc}") from exc


def _arrival(node: etree._Element) -> ManifestArrival:
    eta_text = node.findtext("eta")
    return ManifestArrival(
        vessel_name=node.findtext("vessel/name", default="").strip(),
        mmsi=node.find("vessel").get("mmsi", "") if node.find("vessel") is not None else "",
        eta=datetime.fromisoformat(eta_text) if eta_text else None,
        berth_code=node.get("berth"),
        crew=int(node.findtext("crew", default="0") or 0),
        agent=node.findtext("agent"),
    )


def store_manifest(payload: bytes) -> tuple[str, list[ManifestArrival]]:
    root = _parse(payload)
    arrivals = [_arrival(n) for n in root.iter("arrival")]
    if not arrivals:
        raise ManifestError("manifest has no <arrival> entries")
    manifest_id = uuid.uuid4().hex
    (_manifest_dir() / f"{manifest_id}.xml").write_bytes(payload)
    log.info("stored manifest %s with %d arrivals", manifest_id, len(arrivals))
    return manifest_id, arrivals


def load_manifest(manifest_id: str) -> etree._Element:
    path = safe_join(_manifest_dir(), f"{uuid.UUID(manifest_id).hex}.xml")
    return _parse(path.read_bytes())


def arrivals_for_vessel(manifest_id: str, mmsi: str) -> list[ManifestArrival]:
    root = load_manifest(manifest_id)
    nodes = root.xpath(f"//arrival[vessel/@mmsi='{mmsi}']")  # VULN xpath
    return [_arrival(n) for n in nodes]


def arrivals_for_berth(manifest_id: str, berth_code: str) -> list[ManifestArrival]:
    root = load_manifest(manifest_id)
    nodes = root.xpath("//arrival[@berth=$code]", code=berth_code)  # SAFE xpath
    return [_arrival(n) for n in nodes]
