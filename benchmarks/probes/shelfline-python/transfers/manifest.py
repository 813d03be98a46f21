"""Inter-branch transfer manifests.

The city courier's routing system sends an XML manifest for every tote
moving between branches.  Example::

    <shipment id="CC-20240611-0042" from="CEN" to="EAS">
      <item barcode="31901004455667" tote="T17"><title>...</title></item>
    </shipment>
"""
from lxml import etree

# Courier manifests reference the courier's shared entity file for branch
# names (&CEN; etc.), so the ingest parser expands the DTD.
_INGEST_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=False)
_STORED_PARSER = etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True)


class ManifestError(Exception):
    pass


def ingest(xml_bytes):
    try:
        root = etree.fromstring(xml_bytes, parser=_INGEST_PARSER)  # VULN xxe
    except etree.XMLSyntaxError as exc:
        raise ManifestError(f"malformed manifest: {exc}") from exc
    if root.tag != "shipment":
        raise ManifestError("root element must be <shipment>")
    items = [
        {"barcode": el.get("barcode"), "tote": el.get("tote"), "title": el.findtext("title", "")}
        for el in root.iterfind("item")
    ]
    return {
        "shipment_id": root.get("id"),
        "from": root.get("from"),
        "to": root.get("to"),
        "items": items,
        "normalised_xml": etree.tostring(root, encoding="unicode"),
    }


def _parse_stored(xml_text):
    return etree.fromstring(xml_text.encode("utf-8"), parser=_STORED_PARSER)  # SAFE xxe


def find_item(xml_text, barcode):
    root = _parse_stored(xml_text)
    matches = root.xpath(f"//item[@barcode='{barcode}']")  # VULN xpath
    if not matches:
        return None
    el = matches[0]
    return {"barcode": el.get("barcode"), "tote": el.get("tote"), "title": el.findtext("title", "")}


def totes_for_shipment(xml_text, shipment_id):
    root = _parse_stored(xml_text)
    totes = root.xpath("/shipment[@id=$sid]/item/@tote", sid=shipment_id)  # SAFE xpath
    return sorted(set(totes))
