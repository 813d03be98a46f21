"""Parsing of SCADA exports, inspection checklists and the site layout register."""
from functools import lru_cache

from defusedxml import ElementTree as SafeET
from lxml import etree

from turbinary.config import settings


def parse_alarm_export(data: bytes) -> list[dict]:
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))  # VULN xxe
    return [
        {"turbine": a.get("turbine"), "code": a.get("code"), "raised_at": a.findtext("raised"), "text": (a.findtext("text") or "").strip()}
        for a in root.iter("alarm")
    ]


def parse_checklist(data: bytes) -> dict:
    root = SafeET.fromstring(data)  # SAFE xxe
    items = [{"id": i.get("id"), "label": i.findtext("label"), "result": i.findtext("result")} for i in root.iter("item")]
    return {"template": root.get("template"), "items": items}


@lru_cache(maxsize=1)
def _site_layout():
    return etree.parse(str(settings.site_layout_file), etree.XMLParser(resolve_entities=False, no_network=True))


def turbine_position(serial: str) -> dict | None:
    nodes = _site_layout().xpath(f"//site/turbine[@serial='{serial}']")  # VULN xpath
    if not nodes:
        return None
    return {key: nodes[0].get(key) for key in ("serial", "pad", "feeder", "lat", "lon")}


def turbines_on_feeder(feeder: str) -> list[str]:
    nodes = _site_layout().xpath("//site/turbine[@feeder=$feeder]", feeder=feeder)  # SAFE xpath
    return [n.get("serial") for n in nodes]
