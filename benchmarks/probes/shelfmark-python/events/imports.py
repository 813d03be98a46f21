"""Importing event bundles uploaded by branch coordinators."""
import os
import tarfile
import zipfile
from datetime import datetime

import defusedxml.ElementTree as SafeET
from django.conf import settings
from lxml import etree


class ImportRejected(Exception):
    pass


def _batch_dir(prefix):
    stamp = datetime.utcnow().strftime("%Y%m%d-%H%M%S")
    path = os.path.join(settings.EVENT_IMPORT_ROOT, f"{prefix}-{stamp}")
    os.makedirs(path, exist_ok=True)
    return path


def unpack_zip_bundle(fileobj):
    dest = _batch_dir("zip")
    with zipfile.ZipFile(fileobj) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:  # VULN zipslip
                out.write(zf.read(info))
    return dest


def unpack_zip_bundle_strict(fileobj):
    dest = os.path.realpath(_batch_dir("zip"))
    with zipfile.ZipFile(fileobj) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(dest, info.filename))
            if not target.startswith(dest + os.sep):
                raise ImportRejected(f"entry escapes batch directory: {info.filename}")
            zf.extract(info, dest)  # SAFE zipslip
    return dest


def unpack_tarball(fileobj):
    dest = _batch_dir("tar")
    with tarfile.open(fileobj=fileobj, mode="r:*") as tf:
        tf.extractall(dest, filter="data")  # SAFE zipslip
    return dest


def unpack_legacy_tarball(fileobj):
    dest = _batch_dir("legacy")
    with tarfile.open(fileobj=fileobj, mode="r:*") as tf:
        for member in tf.getmembers():
            if member.name.startswith("/"):
                continue
            if member.isfile() or member.isdir():
                tf.extract(member, dest)  # VULN zipslip
    return dest


def parse_event_xml(data):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(data, parser)  # VULN xxe
    return [_event_from_node(node) for node in root.iter("event")]


def parse_partner_calendar(data):
    root = SafeET.fromstring(data)  # SAFE xxe
    return [
        {
            "title": node.findtext("title", ""),
            "starts": node.findtext("starts", ""),
            "venue": node.findtext("venue", ""),
        }
        for node in root.iter("event")
    ]


def _event_from_node(node):
    return {
        "title": node.findtext("title", default=""),
        "starts": node.findtext("starts", default=""),
        "branch": node.get("branch", ""),
        "capacity": int(node.findtext("capacity", default="0") or 0),
    }
