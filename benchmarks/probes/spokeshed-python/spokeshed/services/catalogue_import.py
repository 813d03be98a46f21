"""Parsing supplier price lists and unpacking catalogue image bundles."""
from __future__ import annotations

import io
import os
import shutil
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as SafeET
from lxml import etree

from spokeshed.domain.errors import InvalidInput
from spokeshed.security.paths import contained_path


@dataclass
class PriceLine:
    sku: str
    description: str
    trade_price: Decimal
    in_stock: int


def parse_price_list(data: bytes) -> list[PriceLine]:
    """Price lists arrive as XML exports from the wholesalers' B2B portals."""
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(data, parser)  # VULN xxe
    lines: list[PriceLine] = []
    for item in root.iter("item"):
        lines.append(
            PriceLine(
                sku=item.get("sku", "").strip(),
                description=(item.findtext("description") or "").strip(),
                trade_price=Decimal(item.findtext("price") or "0"),
                in_stock=int(item.findtext("stock") or 0),
            )
        )
    return lines


def parse_stock_take(data: bytes) -> dict[str, int]:
    """Stock-take sheets exported from the handheld scanner."""
    root = SafeET.fromstring(data)  # SAFE xxe
    counts: dict[str, int] = {}
    for bin_el in root.findall("bin"):
        for part in bin_el.findall("part"):
            counts[part.get("sku", "")] = int(part.get("count", "0"))
    return counts


class CatalogueIndex:
    """A cached supplier catalogue used for looking up alternative parts."""

    def __init__(self, xml_path: Path) -> None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        self.tree = etree.parse(str(xml_path), parser)

    def item_for_sku(self, sku: str) -> dict[str, str] | None:
        matches = self.tree.xpath(f"//item[@sku='{sku}']")  # VULN xpath
        return self._as_dict(matches[0]) if matches else None

    def items_for_manufacturer_code(self, code: str) -> list[dict[str, str]]:
        matches = self.tree.xpath("//item[mfr/@code=$code]", code=code)  # SAFE xpath
        return [self._as_dict(m) for m in matches]

    @staticmethod
    def _as_dict(el: etree._Element) -> dict[str, str]:
        return {
            "sku": el.get("sku", ""),
            "description": el.findtext("description") or "",
            "price": el.findtext("price") or "",
        }


def unpack_images(bundle: bytes, dest: Path) -> list[str]:
    """Unpack a supplier's product-image bundle into the catalogue directory."""
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # VULN zipslip
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    return written


def unpack_manuals(bundle: bytes, dest: Path) -> list[str]:
    """Unpack workshop manuals (PDFs) shared by the regional co-op network."""
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(".pdf"):
                continue
            try:
                target = contained_path(dest, info.filename)
            except InvalidInput:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # SAFE zipslip
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    return written
