"""X12-over-XML documents exchanged with shipper TMS partners."""
from xml.dom import minidom

from lxml import etree


def _text(node, path, default=""):
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else default


def parse_214(payload):
    """Shipment status message (carrier -> broker)."""
    root = etree.fromstring(payload, etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False))  # VULN xxe
    return [
        {"reference": s.get("ref"), "code": _text(s, "Status/Code"), "city": _text(s, "Status/City"),
         "state": _text(s, "Status/State"), "at": _text(s, "Status/Timestamp"), "remarks": _text(s, "Status/Remarks")}
        for s in root.iter("Shipment")
    ]


def parse_204(payload):
    """Load tender (shipper -> broker)."""
    root = etree.fromstring(payload, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))  # SAFE xxe
    tender = root.find("Tender")
    stops = [{"seq": int(s.get("seq", "0")), "type": s.get("type"), "city": _text(s, "City")} for s in tender.iter("Stop")]
    return {"shipper_ref": tender.get("ref"), "equipment": _text(tender, "Equipment", "dry_van"), "stops": sorted(stops, key=lambda s: s["seq"])}


def build_997(control_number, accepted):
    doc = minidom.Document()
    ack = doc.createElement("FunctionalAcknowledgment")
    ack.setAttribute("control", str(control_number))
    ack.setAttribute("status", "A" if accepted else "R")
    doc.appendChild(ack)
    return doc.toxml(encoding="utf-8")
