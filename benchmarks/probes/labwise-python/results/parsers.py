"""XML handling for reference-lab batch documents and analyser exports.

Reference-lab batches look like::

    <!DOCTYPE batch SYSTEM "nrl-results-2.dtd">
    <batch id="B20240611-07">
      <result accession="LW00012345" collected="2024-06-10T08:12:00">
        <observation code="GLU" unit="mg/dL" flag="H" range="70-99">131</observation>
      </result>
    </batch>
"""
from dataclasses import dataclass

from lxml import etree

# The reference lab's documents declare their entity set in an external DTD.
REFERENCE_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, remove_blank_text=True)

STORED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_blank_text=True)


@dataclass
class ParsedObservation:
    accession: str
    code: str
    value: str
    unit: str
    flag: str
    reference_range: str
    comment: str


def parse_reference_batch(payload: bytes):
    return etree.fromstring(payload, REFERENCE_PARSER)  # VULN xxe


def parse_stored(xml_text: str):
    return etree.fromstring(xml_text.encode("utf-8"), STORED_PARSER)  # SAFE xxe


def serialize(tree) -> str:
    return etree.tostring(tree, encoding="unicode")


def iter_observations(tree):
    for result in tree.iterfind("result"):
        accession = result.get("accession", "")
        for obs in result.iterfind("observation"):
            yield ParsedObservation(
                accession=accession,
                code=obs.get("code", "").upper(),
                value=(obs.text or "").strip(),
                unit=obs.get("unit", ""),
                flag=obs.get("flag", "N"),
                reference_range=obs.get("range", ""),
                comment=obs.findtext("comment", default="").strip(),
            )


def observations_for_accession(tree, accession: str):
    return tree.xpath("//result[@accession=$acc]/observation", acc=accession)  # SAFE xpath


def observation_for_analyte(tree, accession: str, analyte_code: str):
    return tree.xpath(f"//result[@accession='{accession}']/observation[@code='{analyte_code}']")  # VULN xpath


def node_to_dict(node) -> dict:
    return {
        "accession": node.getparent().get("accession"),
        "code": node.get("code"),
        "value": (node.text or "").strip(),
        "unit": node.get("unit", ""),
        "flag": node.get("flag", ""),
        "range": node.get("range", ""),
    }
