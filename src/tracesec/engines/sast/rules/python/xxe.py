# mypy: ignore-errors
import io
import xml.dom.minidom
import xml.sax
from xml.sax.handler import feature_external_ges

from flask import request
from lxml import etree


def upload():
    data = request.get_data()
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: trace.python.xxe.external-entities-enabled
    doc = etree.fromstring(data, parser)
    safe = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: trace.python.xxe.external-entities-enabled
    doc2 = etree.fromstring(data, safe)
    return doc, doc2


def upload_sax():
    body = request.form["xml"]
    sax = xml.sax.make_parser()
    sax.setFeature(feature_external_ges, True)
    # ruleid: trace.python.xxe.external-entities-enabled
    doc = xml.dom.minidom.parseString(body, sax)
    # ok: trace.python.xxe.external-entities-enabled
    fixed = xml.dom.minidom.parseString("<a/>", sax)
    return doc, fixed


def upload_file():
    upload = request.files["doc"]
    parser = etree.XMLParser(load_dtd=True)
    # ruleid: trace.python.xxe.external-entities-enabled
    return etree.parse(io.BytesIO(upload.read()), parser=parser)


def settings():
    parser = etree.XMLParser(resolve_entities=True)
    # ok: trace.python.xxe.external-entities-enabled
    return etree.parse("/etc/app/settings.xml", parser)


def import_policies():
    # ruleid: trace.python.xxe.external-entities-enabled
    root = etree.fromstring(request.data, etree.XMLParser(resolve_entities=True, load_dtd=True))
    # ruleid: trace.python.xxe.external-entities-enabled
    tree = etree.parse(request.files["doc"], parser=etree.XMLParser(no_network=False))
    # ok: trace.python.xxe.external-entities-enabled
    plain = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    return root, tree, plain


# a parser kept at module level, configured once for documents that declare an external DTD
BATCH_PARSER = etree.XMLParser(load_dtd=True, no_network=False)
STRICT_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def import_batch():
    # ruleid: trace.python.xxe.external-entities-enabled
    batch = etree.fromstring(request.get_data(), BATCH_PARSER)
    # ok: trace.python.xxe.external-entities-enabled
    checked = etree.fromstring(request.get_data(), STRICT_PARSER)
    return batch, checked


def import_dom():
    # ruleid: trace.python.xxe.external-entities-enabled
    return xml.dom.minidom.parseString(request.data, parser=BATCH_PARSER)
