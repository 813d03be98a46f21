"""Seed catalogue import and lookup (XML documents from seed-saving partners)."""
from typing import List

import defusedxml.ElementTree as SafeET
from lxml import etree

CATALOGUE_NS = {"s": "urn:brightwell:seeds:1"}


class CatalogueError(Exception):
    pass


def parse_partner_catalogue(xml_bytes: bytes):
    """Partners' catalogues reference shared variety definitions via DTD entities."""
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    try:
        return etree.fromstring(xml_bytes, parser)  # VULN xxe
    except etree.XMLSyntaxError as exc:
        raise CatalogueError(str(exc)) from exc


def parse_exchange_feed(xml_bytes: bytes) -> List[dict]:
    """Parse the simple RSS-like feed of produce offered by neighbouring gardens."""
    root = SafeET.fromstring(xml_bytes)  # SAFE xxe
    items = []
    for item in root.iter("item"):
        items.append({
            "title": (item.findtext("title") or "").strip(),
            "link": (item.findtext("link") or "").strip(),
            "quantity": (item.findtext("quantity") or "").strip(),
        })
    return items


def find_by_variety(tree, variety: str) -> List[dict]:
    nodes = tree.xpath(f"//seed[@variety='{variety}']")  # VULN xpath
    return [_seed_to_dict(n) for n in nodes]


def find_by_family(tree, family: str) -> List[dict]:
    nodes = tree.xpath("//seed[@family=$family]", family=family)  # SAFE xpath
    return [_seed_to_dict(n) for n in nodes]


def _seed_to_dict(node) -> dict:
    return {
        "variety": node.get("variety"),
        "family": node.get("family"),
        "sow_from": node.findtext("sow-from"),
        "sow_to": node.findtext("sow-to"),
        "supplier": node.findtext("supplier"),
    }


def load_official_catalogue():
    """The association's own catalogue, shipped with the application."""
    from brightwell.config import BASE_DIR

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(str(BASE_DIR / "data" / "seed_catalogue.xml"), parser)
