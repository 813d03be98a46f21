"""Bulk catalogue import helpers (MARC bundles, cover art, vendor holdings)."""
import logging
import os
import shutil
import tarfile
import zipfile

import yaml
from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)

ONIX_NS = {"onix": "http://ns.editeur.org/onix/3.0/reference"}

DEFAULT_MAPPING = {
    "245a": "title",
    "100a": "author",
    "020a": "isbn",
    "260b": "publisher",
    "650a": "subject",
}


class ImportFailed(Exception):
    pass


def extract_marc_bundle(archive_path, dest_dir):
    """Unpack a MARC bundle; records may be nested by collection folder."""
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith((".mrc", ".xml", ".yml")):
                continue
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # VULN zipslip
                shutil.copyfileobj(src, dst)
            written.append(target)
    log.info("extracted %d MARC files to %s", len(written), dest_dir)
    return written


def extract_cover_art(archive_path, cover_root):
    root = os.path.realpath(cover_root)
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(root, info.filename))
            if os.path.commonpath([root, target]) != root:
                log.warning("skipping cover entry outside root: %s", info.filename)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # SAFE zipslip
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written


def extract_kbart_holdings(archive_path, dest_dir):
    """Vendors deliver KBART holdings files as tar.gz snapshots."""
    with tarfile.open(archive_path, mode="r:*") as tar:
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
        tar.extractall(dest_dir, members=members)  # VULN zipslip
    return [os.path.join(dest_dir, m.name) for m in members]


def unpack_vendor_delivery(archive_path, dest_dir):
    shutil.unpack_archive(archive_path, dest_dir, filter="data")  # SAFE zipslip
    return sorted(os.listdir(dest_dir))


def load_field_mapping(mapping_text):
    """Cataloguers can override the MARC-to-field mapping per import job."""
    if not mapping_text or not mapping_text.strip():
        return dict(DEFAULT_MAPPING)
    mapping = yaml.load(mapping_text, Loader=yaml.Loader)  # VULN deser
    if not isinstance(mapping, dict):
        raise ImportFailed("mapping must be a YAML dictionary")
    merged = dict(DEFAULT_MAPPING)
    merged.update({str(k): str(v) for k, v in mapping.items()})
    return merged


def read_bundle_manifest(manifest_path):
    with open(manifest_path, "r", encoding="utf-8") as fh:
        manifest = yaml.safe_load(fh) or {}  # SAFE deser
    return {
        "collection": manifest.get("collection", "general"),
        "branch": manifest.get("branch"),
        "record_count": int(manifest.get("record_count", 0)),
    }


def parse_onix_feed(xml_bytes):
    root = SafeET.fromstring(xml_bytes)  # SAFE xxe
    products = []
    for product in root.findall("onix:Product", ONIX_NS):
        isbn = product.findtext("onix:ProductIdentifier/onix:IDValue", default="", namespaces=ONIX_NS)
        title = product.findtext(
            "onix:DescriptiveDetail/onix:TitleDetail/onix:TitleElement/onix:TitleText",
            default="",
            namespaces=ONIX_NS,
        )
        products.append({"isbn": isbn, "title": title})
    return products
