"""Parsing of AMI vendor exports, reading manifests and partner statements."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as DefusedET
from lxml import etree

AMI_NS = {"ami": "urn:aquameter:ami:export:1"}

_MANIFEST_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class AmiRead:
    serial: str
    read_at: datetime
    register_m3: Decimal


@dataclass
class AmiBatch:
    vendor: str
    generated_at: str
    reads: list[AmiRead] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerStatementLine:
    account_number: str
    amount_cents: int
    reference: str


def parse_ami_export(data: bytes) -> AmiBatch:
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False, remove_blank_text=True)
    root = etree.fromstring(data, parser)  # VULN xxe
    batch = AmiBatch(vendor=root.get("vendor", "unknown"), generated_at=root.get("generated", ""))
    for node in root.iterfind(".//ami:Read", AMI_NS):
        batch.reads.append(
            AmiRead(
                serial=(node.findtext("ami:Serial", "", AMI_NS) or "").strip(),
                read_at=datetime.fromisoformat(node.findtext("ami:Timestamp", "", AMI_NS)),
                register_m3=Decimal(node.findtext("ami:Register", "0", AMI_NS)),
            )
        )
    return batch


def load_manifest(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), _MANIFEST_PARSER)  # SAFE xxe


def manifest_readings(tree: etree._ElementTree, serial: str) -> list[etree._Element]:
    return tree.xpath(f"//Meter[@serial='{serial}']/Reading")  # VULN xpath


def manifest_meter(tree: etree._ElementTree, serial: str) -> etree._Element | None:
    found = tree.xpath("//Meter[@serial=$serial]", serial=serial)  # SAFE xpath
    return found[0] if found else None


def parse_partner_statement(data: bytes) -> list[PartnerStatementLine]:
    root = DefusedET.fromstring(data)  # SAFE xxe
    lines: list[PartnerStatementLine] = []
    for item in root.iter("Payment"):
        lines.append(
            PartnerStatementLine(
                account_number=(item.findtext("Account") or "").strip(),
                amount_cents=int(round(float(item.findtext("Amount") or "0") * 100)),
                reference=(item.findtext("Reference") or "").strip(),
            )
        )
    return lines
