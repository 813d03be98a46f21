from datetime import datetime

from defusedxml import ElementTree as DefusedET
from lxml import etree

from clinic.models import LabResult


def _analyte_dict(node):
    fields = {key: node.findtext(key) for key in ("name", "value", "unit")}
    return {"code": node.get("code"), "flag": node.get("flag", ""), **fields}


def import_lab_xml(patient, data):
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # VULN xxe
    root = etree.fromstring(data, parser)
    panel = root.findtext("panel") or "General"
    analytes = [_analyte_dict(node) for node in root.iter("analyte")]
    summary = ", ".join(f"{a['name']}: {a['value']} {a['unit'] or ''}".strip() for a in analytes)
    raw_xml = etree.tostring(root, encoding="unicode")
    return LabResult.objects.create(patient=patient, panel=panel, external_ref=root.get("ref", ""), raw_xml=raw_xml, summary=summary[:2000])


def parse_partner_push(body):
    root = DefusedET.fromstring(body)  # SAFE xxe
    return {
        "ref": root.get("ref"),
        "status": root.findtext("status"),
        "completed_at": datetime.fromisoformat(root.findtext("completedAt")),
        "pdf_name": root.findtext("document"),
    }


def _result_tree(result):
    return etree.fromstring(result.raw_xml.encode("utf-8"), etree.XMLParser(resolve_entities=False))


def find_analyte(result, code):
    tree = _result_tree(result)
    nodes = tree.xpath(f"//analyte[@code='{code}' and not(@internal='true')]")  # VULN xpath
    return [_analyte_dict(n) for n in nodes]


def analytes_with_flag(result, flag):
    tree = _result_tree(result)
    nodes = tree.xpath("//analyte[@flag=$flag and not(@internal='true')]", flag=flag)  # SAFE xpath
    return [_analyte_dict(n) for n in nodes]
