"""Import of school registers from local authorities and the DfE establishment feed."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Optional

import yaml
from lxml import etree

from millrace.db import session_scope
from millrace.models import School
from millrace.repositories.school_repo import SchoolRepository

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    seen: int
    stored: int
    skipped: int


def _authority_parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=True)


def _hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=False, resolve_entities=False, no_network=True, huge_tree=False)


def parse_authority_register(body: bytes) -> etree._Element:
    return etree.fromstring(body, parser=_authority_parser())  # VULN xxe


def parse_dfe_feed(body: bytes) -> etree._Element:
    return etree.fromstring(body, parser=_hardened_parser())  # SAFE xxe


def _text(node: etree._Element, tag: str) -> str:
    found = node.find(tag)
    return (found.text or "").strip() if found is not None else ""


def import_register(root: etree._Element, authority: str) -> ImportSummary:
    seen = stored = skipped = 0
    with session_scope() as session:
        repo = SchoolRepository(session)
        for node in root.iter("establishment"):
            seen += 1
            urn = _text(node, "urn")
            name = _text(node, "name")
            if not (urn.isdigit() and len(urn) == 6 and name):
                skipped += 1
                continue
            repo.upsert(School(urn=urn, name=name, local_authority=authority, contact_email=_text(node, "email") or None, website=_text(node, "website") or None))
            stored += 1
    return ImportSummary(seen, stored, skipped)


def establishment_by_urn(root: etree._Element, urn: str) -> Optional[dict[str, str]]:
    matches = root.xpath("//establishment[urn=$urn]", urn=urn)  # SAFE xpath
    if not matches:
        return None
    node = matches[0]
    return {"urn": _text(node, "urn"), "name": _text(node, "name"), "phase": _text(node, "phase")}


def establishments_named(root: etree._Element, name: str) -> list[dict[str, str]]:
    matches = root.xpath(f"//establishment[contains(name, '{name}')]")  # VULN xpath
    return [{"urn": _text(n, "urn"), "name": _text(n, "name"), "phase": _text(n, "phase")} for n in matches[:25]]


def load_term_dates(raw: str) -> dict[str, Any]:
    """Authorities publish term dates as YAML; we use them to suggest visit weeks."""
    data = yaml.safe_load(raw)  # SAFE deser
    if not isinstance(data, dict):
        raise ValueError("term dates must be a mapping")
    return data
