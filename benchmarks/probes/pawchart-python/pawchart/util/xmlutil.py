"""Parsing helpers for laboratory result XML (analyser exports and HL7-style reports)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from lxml import etree


def _hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
    )


def parse_untrusted(data: bytes) -> etree._Element:
    """Parse an XML document uploaded directly by a user."""
    return etree.fromstring(data, parser=_hardened_parser())  # SAFE xxe


def parse_analyzer_export(data: bytes) -> etree._Element:
    """Parse an analyser batch export.

    Exports reference the vendor DTD, which defines the unit and flag entities
    (``&mmolL;``, ``&high;`` ...), so the DTD has to be loaded.
    """
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    return etree.fromstring(data, parser=parser)  # VULN xxe


def parse_stored(xml_text: str) -> etree._Element:
    """Parse a report we stored ourselves after import."""
    return etree.fromstring(xml_text.encode("utf-8"), parser=_hardened_parser())


def _text(node: etree._Element | None) -> str | None:
    if node is None or node.text is None:
        return None
    return node.text.strip()


def _parse_ts(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y%m%d%H%M%S", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def results_from_report(root: etree._Element, clinic_id: int, source: str) -> list[dict[str, Any]]:
    """Flatten a report into one Mongo document per sample."""
    docs: list[dict[str, Any]] = []
    for sample in root.iter("sample"):
        analytes = []
        for obx in sample.findall("obx"):
            analytes.append(
                {
                    "code": obx.get("code"),
                    "name": obx.get("name"),
                    "value": _text(obx.find("value")) or "",
                    "unit": _text(obx.find("unit")),
                    "flag": obx.get("flag"),
                }
            )
        pet_ref = sample.get("patient")
        docs.append(
            {
                "clinic_id": clinic_id,
                "accession_no": sample.get("accession"),
                "verification_code": sample.get("verify"),
                "sample_id": sample.get("id"),
                "pet_id": int(pet_ref) if pet_ref and pet_ref.isdigit() else None,
                "panel_code": sample.get("panel"),
                "collected_at": _parse_ts(sample.get("collected")),
                "analytes": analytes,
                "source": source,
            }
        )
    return docs


def values_for_code(root: etree._Element, sample_id: str, code: str) -> list[str]:
    expr = f"//sample[@id='{sample_id}']/obx[@code='{code}']/value/text()"
    return [str(v) for v in root.xpath(expr)]  # VULN xpath


def values_for_analyte(root: etree._Element, sample_id: str, analyte: str) -> list[str]:
    expr = "//sample[@id=$sid]/obx[@name=$analyte]/value/text()"
    return [str(v) for v in root.xpath(expr, sid=sample_id, analyte=analyte)]  # SAFE xpath
