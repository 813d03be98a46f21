# mypy: ignore-errors
import xml.sax
from xml.sax.handler import feature_external_ges

from lxml import etree


def parse(data):
    # ruleid: trace.python.xxe.external-entities-enabled
    parser = etree.XMLParser(resolve_entities=True)
    # ok: trace.python.xxe.external-entities-enabled
    safe = etree.XMLParser(resolve_entities=False, no_network=True)
    sax = xml.sax.make_parser()
    # ruleid: trace.python.xxe.external-entities-enabled
    sax.setFeature(feature_external_ges, True)
    # ok: trace.python.xxe.external-entities-enabled
    sax.setFeature(feature_external_ges, False)
    return etree.fromstring(data, parser), etree.fromstring(data, safe)
