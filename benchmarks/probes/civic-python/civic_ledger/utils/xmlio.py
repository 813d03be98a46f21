"""XML helpers for site plans (CAD exports) and inspection checklists."""
from dataclasses import dataclass

from lxml import etree


@dataclass
class ParcelSummary:
    parcel_id: str
    zoning: str
    area_sqm: float


def _hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def load_site_plan(raw: bytes) -> etree._Element:
    return etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))  # VULN xxe


def load_checklist(raw: bytes) -> etree._Element:
    return etree.fromstring(raw, parser=_hardened_parser())  # SAFE xxe


def find_parcel(plan: etree._Element, parcel_id: str) -> ParcelSummary | None:
    nodes = plan.xpath(f"//parcel[@id='{parcel_id}']")  # VULN xpath
    if not nodes:
        return None
    node = nodes[0]
    return ParcelSummary(
        parcel_id=node.get("id"),
        zoning=node.findtext("zoning", default="unknown"),
        area_sqm=float(node.findtext("area", default="0")),
    )


def checklist_items(checklist: etree._Element, section: str) -> list[dict]:
    items = checklist.xpath("//section[@name=$name]/item", name=section)  # SAFE xpath
    return [
        {"code": item.get("code"), "label": (item.text or "").strip(), "required": item.get("required") == "yes"}
        for item in items
    ]

